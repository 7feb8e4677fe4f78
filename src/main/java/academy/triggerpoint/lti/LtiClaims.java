package academy.triggerpoint.lti;

/** Claim names, message types, scopes and media types of LTI 1.3 and its Advantage services. */
final class LtiClaims {

    static final String BASE = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = BASE + "message_type";
    static final String VERSION = BASE + "version";
    static final String DEPLOYMENT_ID = BASE + "deployment_id";
    static final String TARGET_LINK_URI = BASE + "target_link_uri";
    static final String RESOURCE_LINK = BASE + "resource_link";
    static final String ROLES = BASE + "roles";
    static final String CONTEXT = BASE + "context";
    static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String DEEP_LINKING_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    static final String DEEP_LINKING_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";

    static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    static final String LTI_VERSION = "1.3.0";

    static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String MEMBERSHIP_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String SCORE_MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
    static final String MEMBERSHIP_MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String CONTENT_DEVELOPER = "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper";
    static final String ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator";

    private LtiClaims() {
    }
}
