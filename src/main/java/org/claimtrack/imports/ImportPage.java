package org.claimtrack.imports;

import java.net.URI;
import java.util.List;

import org.claimtrack.accounts.Roles;
import org.claimtrack.common.Csrf;
import org.claimtrack.common.UploadGate;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The import page (files, a folder, a zip or URLs) and the job page that refreshes until the job is done. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(List<ImportService.JobView> jobs, String error, String urls, String outlet);

        static native TemplateInstance job(ImportService.JobView job);
    }

    @Inject
    ImportService service;

    @Inject
    UploadParser parser;

    @Inject
    Csrf csrf;

    @Inject
    SecurityIdentity identity;

    @Inject
    UploadGate gate;

    @GET
    @Path("import")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public TemplateInstance form() {
        return Templates.form(service.jobs(20), null, "", "");
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response start(@RestForm("csrf") String token, @RestForm("files") List<FileUpload> files,
            @RestForm("urls") String urls, @RestForm("outlet") String outlet) {
        csrf.verify(token);
        try (UploadGate.Permit place = gate.enter()) {
            long id = ImportResource.startFromUpload(service, parser, identity.getPrincipal().getName(), files, urls,
                    outlet);
            return Response.seeOther(URI.create("/imports/" + id)).build();
        } catch (WebApplicationException e) {
            return Response.status(e.getResponse().getStatus()).type(MediaType.TEXT_HTML)
                    .entity(Templates.form(service.jobs(20), ImportService.message(e), nz(urls), nz(outlet))).build();
        }
    }

    @GET
    @Path("imports/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public TemplateInstance job(@PathParam("id") long id, @QueryParam("page") @DefaultValue("1") int page) {
        int p = Math.max(1, page);
        return Templates.job(service.job(id, ImportService.PAGE_ITEMS, (p - 1) * ImportService.PAGE_ITEMS));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
