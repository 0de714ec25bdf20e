package org.taizhang.assignment.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The body of a batch: the reports, read item by item so one bad item cannot spoil the rest. */
public record BatchRequest(List<JsonNode> reports) {}
