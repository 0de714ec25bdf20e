package org.taizhang.plan.parse;

import org.apache.poi.EncryptedDocumentException;

/** Turns whatever POI throws for a broken, hostile or unexpected Office file into a message a clerk can act on. */
final class OfficeFailures {

    private OfficeFailures() {}

    static ImportRejectedException of(String kind, Throwable cause) {
        if (cause instanceof ImportRejectedException rejected) {
            // already written for the clerk (e.g. an empty workbook found inside the reader's try block)
            return rejected;
        }
        if (cause instanceof EncryptedDocumentException) {
            return passwordProtected(cause);
        }
        String detail = cause.getMessage() == null ? "" : cause.getMessage();
        if (detail.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
            return new ImportRejectedException(
                    kind + "文件的压缩内容异常（疑似压缩炸弹），已拒绝导入。 (Rejected: the file looks like a zip bomb.)", cause);
        }
        return new ImportRejectedException(
                kind + "文件已损坏或格式不正确，无法读取，请用办公软件另存后再导入。 (The " + kind + " file is corrupt or not a valid file.)", cause);
    }

    static ImportRejectedException empty(String kind) {
        return new ImportRejectedException(kind + "文件中没有找到表格内容。 (The " + kind + " file holds no table.)");
    }

    static ImportRejectedException passwordProtected(Throwable cause) {
        return new ImportRejectedException(
                "文件设置了密码保护，无法导入，请取消密码后另存再导入。 (Password-protected files cannot be imported: remove the password"
                        + " and save again.)",
                cause);
    }
}
