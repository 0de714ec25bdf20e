package org.taizhang.assignment.service;

import java.nio.file.Path;

/** An uploaded file as received: the name given, its size and where the upload was spooled. */
public record EvidenceUpload(String fileName, long size, Path path) {}
