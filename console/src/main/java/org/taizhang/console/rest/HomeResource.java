package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.taizhang.console.security.SignedInUser;

/** The start page sends each role to where its work is; the signed-out page is public. */
@Path("/")
public class HomeResource {

    private final SignedInUser user;

    public HomeResource(SignedInUser user) {
        this.user = user;
    }

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance signedOut();
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create(user.home())).build();
    }

    @GET
    @Path("/signed-out")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
