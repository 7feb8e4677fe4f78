package academy.triggerpoint.lti;

/** What an administrator enters in a platform's tool registration: this tool's URLs. */
public record ToolEndpoints(String loginInitiationUrl, String redirectUrl, String jwksUrl, String targetLinkUrl,
                            String deepLinkingUrl) {
}
