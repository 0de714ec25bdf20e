package org.taizhang.reminder.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.rest.PageView;
import org.taizhang.platform.rest.Paging;
import org.taizhang.platform.security.Caller;
import org.taizhang.reminder.entity.Subscription;
import org.taizhang.reminder.service.Slice;
import org.taizhang.reminder.service.SubscriptionService;

/** Where reminders go: webhooks, e-mail addresses, group robots and mobile numbers of units and regions. */
@Path("/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Subscriptions",
        description = "Reminder channels of units and regions (webhook, e-mail, WeCom and DingTalk robots, SMS)")
public class SubscriptionResource {

    private final SubscriptionService subscriptions;
    private final Caller caller;
    private final Clock clock;

    public SubscriptionResource(SubscriptionService subscriptions, Caller caller, Clock clock) {
        this.subscriptions = subscriptions;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT})
    @Operation(summary = "List subscriptions", description = "A unit's staff see their own unit's only")
    @APIResponse(
            responseCode = "200",
            description = "A page of subscriptions",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = PageView.class,
                                            properties =
                                                    @SchemaProperty(
                                                            name = "items",
                                                            type = SchemaType.ARRAY,
                                                            implementation = SubscriptionView.class,
                                                            description = "The subscriptions of this page")),
                            examples = @ExampleObject(name = "page", value = Examples.SUBSCRIPTION_PAGE)))
    @APIResponse(
            responseCode = "403",
            description = "Another unit's or a region's subscriptions",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public PageView<SubscriptionView> list(
            @Parameter(description = "Only the subscriptions of this" + " unit (directory id, e.g. 341800-fgw)")
                    @QueryParam("unitId")
                    String unitId,
            @Parameter(
                            description =
                                    "Only the subscriptions of this region:" + " an administrative division code, 6"
                                            + " digits (e.g. 341821), 9 or 12 for a town")
                    @QueryParam("regionCode")
                    String regionCode,
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
        String unit = SubscriptionScope.listFilter(unitId, regionCode, caller);
        Slice<SubscriptionView> found =
                subscriptions.list(unit, regionCode, page, size).map(SubscriptionView::from);
        return new PageView<>(found.items(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT})
    @Operation(summary = "One subscription")
    @APIResponse(
            responseCode = "200",
            description = "The subscription, without its secret",
            content =
                    @Content(
                            schema = @Schema(implementation = SubscriptionView.class),
                            examples = {
                                @ExampleObject(name = "subscription", value = Examples.SUBSCRIPTION),
                                @ExampleObject(name = "dingtalk", value = Examples.DINGTALK_SUBSCRIPTION)
                            }))
    @APIResponse(responseCode = "403", description = "Another unit's subscription")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SubscriptionView get(@Parameter(description = "The subscription's id") @PathParam("id") UUID id) {
        Subscription subscription = subscriptions.get(id);
        SubscriptionScope.requireReadable(subscription, caller);
        return SubscriptionView.from(subscription);
    }

    @POST
    @RolesAllowed({Caller.OFFICE, Caller.UNIT})
    @Operation(summary = "Subscribe", description = "A unit's staff may subscribe their own unit only")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = SubscriptionRequest.class),
                            examples = {
                                @ExampleObject(name = "webhook", value = Examples.SUBSCRIPTION_REQUEST),
                                @ExampleObject(name = "wecom", value = Examples.WECOM_REQUEST),
                                @ExampleObject(name = "dingtalk", value = Examples.DINGTALK_REQUEST),
                                @ExampleObject(name = "sms", value = Examples.SMS_REQUEST)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "The subscription, without its secret",
            content =
                    @Content(
                            schema = @Schema(implementation = SubscriptionView.class),
                            examples = {
                                @ExampleObject(name = "subscription", value = Examples.SUBSCRIPTION),
                                @ExampleObject(name = "dingtalk", value = Examples.DINGTALK_SUBSCRIPTION)
                            }))
    @APIResponse(responseCode = "403", description = "Another unit, or a region, for a unit's staff")
    @APIResponse(
            responseCode = "422",
            description = "Unit and region both or neither; url, secret, email or phones missing; a robot url"
                    + " without its key or access_token; a number that is no mainland mobile; SMS on a deployment"
                    + " without a provider; a url refused because it reaches an internal or cloud-metadata address",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "refused url", value = Examples.REFUSED_URL),
                                @ExampleObject(name = "bad phone", value = Examples.BAD_PHONE)
                            }))
    public Response create(@Valid @NotNull SubscriptionRequest request) {
        SubscriptionScope.requireManageable(request.unitId(), request.regionCode(), caller);
        Subscription created = subscriptions.create(request.toDetails(), caller.subject(), clock.instant());
        return Response.created(URI.create("/api/subscriptions/" + created.id))
                .entity(SubscriptionView.from(created))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Caller.OFFICE, Caller.UNIT})
    @Operation(summary = "Edit a subscription", description = "Leave secret out to keep the current one")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = SubscriptionRequest.class),
                            examples = {
                                @ExampleObject(name = "webhook", value = Examples.SUBSCRIPTION_REQUEST),
                                @ExampleObject(name = "wecom", value = Examples.WECOM_REQUEST),
                                @ExampleObject(name = "dingtalk", value = Examples.DINGTALK_REQUEST),
                                @ExampleObject(name = "sms", value = Examples.SMS_REQUEST)
                            }))
    @APIResponse(
            responseCode = "200",
            description = "The subscription, without its secret",
            content =
                    @Content(
                            schema = @Schema(implementation = SubscriptionView.class),
                            examples = {
                                @ExampleObject(name = "subscription", value = Examples.SUBSCRIPTION),
                                @ExampleObject(name = "dingtalk", value = Examples.DINGTALK_SUBSCRIPTION)
                            }))
    @APIResponse(responseCode = "403", description = "Another unit's subscription")
    @APIResponse(responseCode = "404", description = "No such subscription")
    @APIResponse(
            responseCode = "422",
            description = "The edited subscription is not valid, or its url reaches an internal address",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "refused url", value = Examples.REFUSED_URL)))
    public SubscriptionView update(
            @Parameter(description = "The subscription's id") @PathParam("id") UUID id,
            @Valid @NotNull SubscriptionRequest request) {
        Subscription current = subscriptions.get(id);
        SubscriptionScope.requireManageable(current.unitId, current.regionCode, caller);
        SubscriptionScope.requireManageable(request.unitId(), request.regionCode(), caller);
        return SubscriptionView.from(subscriptions.update(id, request.toDetails(), caller.subject(), clock.instant()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Caller.OFFICE, Caller.UNIT})
    @Operation(summary = "Unsubscribe", description = "Pending deliveries to it fail; delivered ones stay in the log")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Another unit's subscription")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public void delete(@Parameter(description = "The subscription's id") @PathParam("id") UUID id) {
        Subscription current = subscriptions.get(id);
        SubscriptionScope.requireManageable(current.unitId, current.regionCode, caller);
        subscriptions.delete(id);
    }
}
