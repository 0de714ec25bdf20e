package org.taizhang.reminder.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.security.Caller;
import org.taizhang.reminder.calendar.CalendarYear;
import org.taizhang.reminder.service.CalendarService;

/** The working-day calendar (statutory holidays and make-up workdays) that reminders are counted on. */
@Path("/api/calendar/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Working days, statutory holidays and make-up workdays (调休)")
public class CalendarResource {

    private final CalendarService calendars;
    private final Caller caller;
    private final Clock clock;

    public CalendarResource(CalendarService calendars, Caller caller, Clock clock) {
        this.calendars = calendars;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(
            summary = "A year's working days",
            description = "The office's upload, else the arrangement shipped with the service; official is false when"
                    + " neither exists and only weekends rest")
    @APIResponse(
            responseCode = "200",
            description = "Every day of the year",
            content =
                    @Content(
                            schema = @Schema(implementation = CalendarView.class),
                            examples = @ExampleObject(name = "2026", value = Examples.CALENDAR)))
    public CalendarView get(
            @Parameter(description = "The calendar year, 2000–2100")
                    @PathParam("year")
                    @Min(CalendarYear.MIN_YEAR)
                    @Max(CalendarYear.MAX_YEAR)
                    int year) {
        return CalendarView.from(year, calendars.year(year));
    }

    @PUT
    @RolesAllowed(Caller.OFFICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Load a year's arrangement",
            description = "The State Council notice as JSON (year, source, holidays with from/to, makeUpWorkdays);"
                    + " replaces the year's arrangement and reschedules every open assignment")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = CalendarYear.class),
                            examples = @ExampleObject(name = "2027", value = Examples.CALENDAR_UPLOAD)))
    @APIResponse(
            responseCode = "200",
            description = "The stored year",
            content =
                    @Content(
                            schema = @Schema(implementation = CalendarView.class),
                            examples = @ExampleObject(name = "2026", value = Examples.CALENDAR)))
    @APIResponse(
            responseCode = "422",
            description = "The file is not a valid arrangement of that year; every error is listed",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid", value = Examples.CALENDAR_INVALID)))
    public CalendarView put(
            @Parameter(description = "The calendar year, 2000–2100")
                    @PathParam("year")
                    @Min(CalendarYear.MIN_YEAR)
                    @Max(CalendarYear.MAX_YEAR)
                    int year,
            String json) {
        return CalendarView.from(year, Optional.of(calendars.put(year, json, caller.subject(), clock.instant())));
    }
}
