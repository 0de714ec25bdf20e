package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The page shown when a page cannot be shown: what happened, in words, and the way back. */
@CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class ErrorPage {

    private ErrorPage() {}

    static native TemplateInstance error(int status, List<String> messages);
}
