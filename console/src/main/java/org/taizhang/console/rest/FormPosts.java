package org.taizhang.console.rest;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.taizhang.console.view.BadInputException;
import org.taizhang.console.view.Problems;

/**
 * A form post's two outcomes (post/redirect/get): on to the next page, or the same form again at the refusal's
 * status with what the console or the service said was wrong beside it.
 */
final class FormPosts {

    /** The page to show again, with the messages beside its form. */
    @FunctionalInterface
    interface Again {
        TemplateInstance page(List<String> errors);
    }

    private FormPosts() {}

    /** Sends the form ({@code send} answers where to go next) or shows it again when refused. */
    static Response submit(Supplier<String> send, Again again) {
        return submit(send, Map.of(), again);
    }

    /** As {@link #submit(Supplier, Again)}, naming the service's fields by the form's {@code labels}. */
    static Response submit(Supplier<String> send, Map<String, String> labels, Again again) {
        String next;
        try {
            next = send.get();
        } catch (BadInputException refused) {
            return page(400, again.page(List.of(refused.getMessage())));
        } catch (WebApplicationException refusal) {
            if (!Refusals.aboutTheForm(refusal)) {
                throw refusal;
            }
            return page(refusal.getResponse().getStatus(), again.page(Problems.messages(refusal, labels)));
        }
        return seeOther(next);
    }

    static Response seeOther(String next) {
        return Response.seeOther(URI.create(next)).build();
    }

    static Response page(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .build();
    }
}
