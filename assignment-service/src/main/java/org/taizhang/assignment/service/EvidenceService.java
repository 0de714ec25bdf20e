package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.taizhang.assignment.config.EvidenceConfig;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.EvidenceFile;
import org.taizhang.assignment.evidence.EvidenceContentTypes;
import org.taizhang.assignment.evidence.EvidenceFileName;
import org.taizhang.assignment.progress.Reporter;

/**
 * Evidence files (佐证材料) of assignments: taken from whoever may report on the assignment, checked by size, name and
 * content, hashed, and kept with their bytes in one transaction.
 */
@ApplicationScoped
public class EvidenceService {

    private final AssignmentService assignments;
    private final EvidenceStore store;
    private final EvidenceConfig config;

    public EvidenceService(AssignmentService assignments, EvidenceStore store, EvidenceConfig config) {
        this.assignments = assignments;
        this.store = store;
        this.config = config;
    }

    @Transactional
    public EvidenceFile upload(UUID assignmentId, EvidenceUpload upload, Reporter reporter) {
        Assignment assignment = assignments.get(assignmentId);
        reporter.mayActOn(assignment.unitId, assignment.regionCode).ifPresent(denied -> {
            throw new ReportRejectedException(denied);
        });
        if (upload.size() > config.maxBytes()) {
            throw EvidenceRejectedException.tooLarge(config.maxBytes());
        }
        EvidenceFileName.check(upload.fileName()).ifPresent(why -> {
            throw EvidenceRejectedException.invalid(why);
        });
        byte[] content = read(upload);
        if (content.length == 0) {
            throw EvidenceRejectedException.invalid("The file is empty");
        }
        String contentType = EvidenceContentTypes.detect(content)
                .orElseThrow(() -> EvidenceRejectedException.unsupported(EvidenceContentTypes.describe(content)));
        EvidenceFile file = describe(assignment, upload.fileName(), contentType, content, reporter);
        file.persist();
        store.put(file.id, content);
        return file;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceFile> list(UUID assignmentId) {
        return EvidenceFile.list("assignmentId = ?1 order by createdAt, id", assignmentId);
    }

    @Transactional
    public EvidenceContent download(UUID assignmentId, UUID fileId) {
        EvidenceFile file = EvidenceFile.findById(fileId);
        if (file == null || !file.assignmentId.equals(assignmentId)) {
            throw new EvidenceNotFoundException(assignmentId, fileId);
        }
        return new EvidenceContent(file, store.get(fileId));
    }

    /** The assignment each of the given files belongs to; ids of no file are left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, UUID> owners(Collection<UUID> fileIds) {
        if (fileIds.isEmpty()) {
            return Map.of();
        }
        List<EvidenceFile> files = EvidenceFile.list("id in ?1", List.copyOf(fileIds));
        return files.stream().collect(Collectors.toMap(f -> f.id, f -> f.assignmentId));
    }

    private static EvidenceFile describe(
            Assignment assignment, String fileName, String contentType, byte[] content, Reporter reporter) {
        EvidenceFile file = new EvidenceFile();
        file.id = UUID.randomUUID();
        file.assignmentId = assignment.id;
        file.uploadedBy = reporter.subject();
        file.uploadedVia = reporter.via();
        file.uploadedByUnit = reporter.unitId();
        file.fileName = fileName;
        file.contentType = contentType;
        file.size = content.length;
        file.sha256 = sha256(content);
        // The database keeps microseconds: the time answered is the one stored.
        file.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return file;
    }

    private static byte[] read(EvidenceUpload upload) {
        try {
            return Files.readAllBytes(upload.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
