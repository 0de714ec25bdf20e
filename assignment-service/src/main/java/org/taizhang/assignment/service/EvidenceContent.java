package org.taizhang.assignment.service;

import org.taizhang.assignment.entity.EvidenceFile;

/** A stored evidence file with its bytes, for a download. */
public record EvidenceContent(EvidenceFile file, byte[] content) {}
