package org.taizhang.assignment.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of body a directory unit is; group phrases select units by kind. */
@Schema(
        description = "What sort of body a unit is: GOVERNMENT a people's"
                + " government, DEPARTMENT a government department," + " TOWNSHIP a town or street office (镇/街道),"
                + " PUBLIC_INSTITUTION 事业单位, ENTERPRISE 企业, OTHER; group phrases select units by kind")
public enum UnitKind {
    GOVERNMENT,
    DEPARTMENT,
    TOWNSHIP,
    PUBLIC_INSTITUTION,
    ENTERPRISE,
    OTHER
}
