package academy.triggerpoint.competency;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Streams a manager's CSV exports straight into the response, on the request's own thread (so the
 * service's security check sees the signed-in manager). Unknown names answer 404.
 */
@RestController
class ExportController {

    static final String PATH = "/manager-exports/";

    private final CompetencyExports exports;

    ExportController(CompetencyExports exports) {
        this.exports = exports;
    }

    @GetMapping(PATH + "{name}.csv")
    void export(@PathVariable String name, HttpServletResponse response) throws IOException {
        CompetencyExports.Kind kind = Arrays.stream(CompetencyExports.Kind.values())
                .filter(k -> k.fileName().equals(name + ".csv")).findFirst().orElse(null);
        if (kind == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(kind.fileName()).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        exports.write(kind, response.getOutputStream());
    }
}
