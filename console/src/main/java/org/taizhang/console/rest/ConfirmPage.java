package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** Asks before a removal, without script: a page that names what goes, with the form that removes it. */
@CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class ConfirmPage {

    private ConfirmPage() {}

    static native TemplateInstance confirm(
            String heading, String question, String action, String back, List<String> errors);
}
