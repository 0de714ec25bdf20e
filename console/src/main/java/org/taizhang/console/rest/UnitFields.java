package org.taizhang.console.rest;

import org.jboss.resteasy.reactive.RestForm;
import org.taizhang.console.view.UnitForm;

/** The unit form's fields as posted. */
public class UnitFields {

    @RestForm
    String id;

    @RestForm
    String name;

    @RestForm
    String aliases;

    @RestForm
    String kind;

    @RestForm
    String level;

    @RestForm
    String regionCode;

    @RestForm
    String parentId;

    UnitForm form() {
        return new UnitForm(id, name, aliases, kind, level, regionCode, parentId);
    }

    /** The form of an existing unit: its id is the address's, whatever the post says. */
    UnitForm form(String unitId) {
        return new UnitForm(unitId, name, aliases, kind, level, regionCode, parentId);
    }
}
