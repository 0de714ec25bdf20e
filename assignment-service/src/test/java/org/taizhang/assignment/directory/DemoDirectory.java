package org.taizhang.assignment.directory;

import java.util.ArrayList;
import java.util.List;

/** A small directory for tests: 宣城市 with its departments, three counties, and two towns of 郎溪县. */
public final class DemoDirectory {

    public static final String CITY = "341800";
    public static final String XUANZHOU = "341802";
    public static final String LANGXI = "341821";
    public static final String JINGXIAN = "341823";

    private DemoDirectory() {}

    public static List<DirectoryUnit> units() {
        List<DirectoryUnit> units = new ArrayList<>();
        units.add(unit("city-gov", "宣城市人民政府", UnitKind.GOVERNMENT, UnitLevel.CITY, CITY, null));
        units.add(cityDepartment("city-office", "宣城市人民政府办公室"));
        units.add(new DirectoryUnit(
                "city-drc", "宣城市发展和改革委员会", List.of("市发改委"), UnitKind.DEPARTMENT, UnitLevel.CITY, CITY, "city-gov"));
        units.add(cityDepartment("city-finance", "宣城市财政局"));
        units.add(cityDepartment("city-hrss", "宣城市人力资源和社会保障局"));
        units.add(cityDepartment("city-health", "宣城市卫生健康委员会"));
        units.add(cityDepartment("city-samr", "宣城市市场监督管理局"));
        units.add(cityDepartment("city-data", "宣城市数据资源管理局"));
        units.add(cityDepartment("city-justice", "宣城市司法局"));
        units.add(cityDepartment("city-edu", "宣城市教育体育局"));
        units.add(cityDepartment("city-openness", "宣城市政务公开办公室"));
        units.add(unit("city-media", "宣城市融媒体中心", UnitKind.PUBLIC_INSTITUTION, UnitLevel.CITY, CITY, "city-gov"));
        units.add(unit("city-grid", "国网宣城供电公司", UnitKind.ENTERPRISE, UnitLevel.CITY, CITY, null));
        units.addAll(county("xz", "宣州区", XUANZHOU));
        units.addAll(county("lx", "郎溪县", LANGXI));
        units.addAll(county("jx", "泾县", JINGXIAN));
        units.add(unit("lx-hrss", "郎溪县人力资源和社会保障局", UnitKind.DEPARTMENT, UnitLevel.COUNTY, LANGXI, "lx-gov"));
        units.add(unit("lx-media", "郎溪县融媒体中心", UnitKind.PUBLIC_INSTITUTION, UnitLevel.COUNTY, LANGXI, "lx-gov"));
        units.add(unit("lx-tea", "郎溪县茶业有限公司", UnitKind.ENTERPRISE, UnitLevel.COUNTY, LANGXI, null));
        units.add(unit("lx-jianping", "建平镇人民政府", UnitKind.TOWNSHIP, UnitLevel.TOWN, "341821100", "lx-gov"));
        units.add(unit("lx-meizhu", "梅渚镇人民政府", UnitKind.GOVERNMENT, UnitLevel.TOWN, "341821101", "lx-gov"));
        return units;
    }

    static List<String> ids(List<DirectoryUnit> units) {
        return units.stream().map(DirectoryUnit::id).toList();
    }

    /** 郎溪县 names its 发改委 without the place, the others with it: both styles occur in real directories. */
    private static List<DirectoryUnit> county(String id, String place, String region) {
        String drcName = id.equals("lx") ? "县发展和改革委员会" : place + "发展和改革委员会";
        return List.of(
                unit(id + "-gov", place + "人民政府", UnitKind.GOVERNMENT, UnitLevel.COUNTY, region, "city-gov"),
                unit(id + "-finance", place + "财政局", UnitKind.DEPARTMENT, UnitLevel.COUNTY, region, id + "-gov"),
                unit(id + "-drc", drcName, UnitKind.DEPARTMENT, UnitLevel.COUNTY, region, id + "-gov"));
    }

    private static DirectoryUnit cityDepartment(String id, String name) {
        return unit(id, name, UnitKind.DEPARTMENT, UnitLevel.CITY, CITY, "city-gov");
    }

    private static DirectoryUnit unit(
            String id, String name, UnitKind kind, UnitLevel level, String region, String parent) {
        return new DirectoryUnit(id, name, List.of(), kind, level, region, parent);
    }
}
