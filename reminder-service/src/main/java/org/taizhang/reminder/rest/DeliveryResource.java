package org.taizhang.reminder.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.rest.PageView;
import org.taizhang.platform.rest.Paging;
import org.taizhang.platform.security.Caller;
import org.taizhang.reminder.entity.DeliveryStatus;
import org.taizhang.reminder.service.DeliveryService;
import org.taizhang.reminder.service.Slice;

/** The delivery log: what reached which webhook or mailbox, and the dead letters that did not. */
@Path("/api/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "Reminder deliveries, their retries and dead letters")
public class DeliveryResource {

    private final DeliveryService deliveries;
    private final Clock clock;

    public DeliveryResource(DeliveryService deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR})
    @Operation(summary = "List deliveries", description = "status=FAILED lists the dead letters, newest first")
    @APIResponse(
            responseCode = "200",
            description = "A page of deliveries",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = PageView.class,
                                            properties =
                                                    @SchemaProperty(
                                                            name = "items",
                                                            type = SchemaType.ARRAY,
                                                            implementation = DeliveryView.class,
                                                            description = "The deliveries of this page")),
                            examples = @ExampleObject(name = "dead letters", value = Examples.DELIVERY_PAGE)))
    public PageView<DeliveryView> list(
            @Parameter(description = "Only deliveries in this status") @QueryParam("status") DeliveryStatus status,
            @Parameter(description = "Only the deliveries of this reminder") @QueryParam("reminderId") UUID reminderId,
            @Parameter(description = "Only the deliveries to this subscription") @QueryParam("subscriptionId")
                    UUID subscriptionId,
            @Parameter(description = "The page number, from 0 (at most 4294967)")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(Paging.MAX_PAGE)
                    int page,
            @Parameter(description = "Items per page, 1–500; 50 by default")
                    @QueryParam("size")
                    @DefaultValue("50")
                    @Min(1)
                    @Max(Paging.MAX_SIZE)
                    int size) {
        Slice<DeliveryView> found =
                deliveries.list(status, reminderId, subscriptionId, page, size).map(DeliveryView::from);
        return new PageView<>(found.items(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR})
    @Operation(summary = "One delivery")
    @APIResponse(
            responseCode = "200",
            description = "The delivery",
            content =
                    @Content(
                            schema = @Schema(implementation = DeliveryView.class),
                            examples = @ExampleObject(name = "failed", value = Examples.DELIVERY)))
    @APIResponse(
            responseCode = "404",
            description = "No such delivery",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public DeliveryView get(@Parameter(description = "The delivery's id") @PathParam("id") UUID id) {
        return DeliveryView.from(deliveries.get(id));
    }

    @POST
    @Path("/{id}/redeliver")
    @RolesAllowed(Caller.OFFICE)
    @Operation(
            summary = "Redeliver a dead letter",
            description = "Queues a FAILED delivery again with a fresh budget of attempts; the worker sends it")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content =
                    @Content(
                            schema = @Schema(implementation = DeliveryView.class),
                            examples = @ExampleObject(name = "queued", value = Examples.DELIVERY)))
    @APIResponse(responseCode = "404", description = "No such delivery")
    @APIResponse(responseCode = "409", description = "The delivery has not failed")
    public Response redeliver(@Parameter(description = "The delivery's id") @PathParam("id") UUID id) {
        return Response.accepted(DeliveryView.from(deliveries.redeliver(id, clock.instant())))
                .build();
    }
}
