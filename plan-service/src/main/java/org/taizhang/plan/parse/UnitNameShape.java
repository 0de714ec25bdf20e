package org.taizhang.plan.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.taizhang.events.plan.UnitMention;

/** Judges whether a parsed mention reads as a unit or a unit group rather than as words of a sentence. */
final class UnitNameShape {

    private static final int MAX_NAME_LENGTH = 30;
    private static final int MAX_GROUP_LENGTH = 40;

    /** Verbs and prepositions that open requirement text (在政府门户网站…, 督促各级政府…) and no unit name. */
    private static final Pattern SENTENCE_START = Pattern.compile("^(加强|推进|推动|做好|完善|落实|提高|提升|强化|持续|积极|及时|进一步|严格"
            + "|切实|认真|着力|依法|聚焦|围绕|扩大|优化|抓好|坚持|健全|深化|深入|建立|开展|规范|统筹|组织|制定|发布|公开|实施|实行|畅通|用好"
            + "|全面|通过|按照|根据|在|依托|利用|督促|指导|要求|鼓励|引导|确保|结合|加快|对(?![台外])|向|将|把|按|及其|并|同时)");

    /**
     * Words that end in a unit character (站, 台, 会, 行, 关, 位, 心, 部, 所, 局, 办) but name no unit: a requirement
     * such as 在政府门户网站 or 面向社会 must not pass for a unit list.
     */
    private static final List<String> FALSE_ENDINGS = List.of(
            "网站", "站点", "平台", "舞台", "出台", "社会", "机会", "发布会", "座谈会", "听证会", "布局", "格局", "大局", "督办", "承办", "举办", "交办",
            "转办", "到位", "岗位", "核心", "信心", "关心", "执行", "运行", "实行", "进行", "推行", "施行", "试行", "发行", "相关", "有关", "攻关", "把关",
            "场所", "全部", "内部", "外部");

    /** How a group phrase may end besides a unit ending: 各县（市、区）, 各乡镇, 市直有关方面, 全市税务系统. */
    private static final Pattern GROUP_ENDING =
            Pattern.compile("([县市区镇乡旗村]|部门|单位|机关|机构|企业|成员|地方|地区|各地|街道|社区|方面|系统|学校|医院)$");

    private UnitNameShape() {}

    /** A group must end like a unit or a group too: 各级政府要在门户网站公开 holds 各级 but is a sentence. */
    static boolean readsAsUnit(UnitMention mention) {
        String name = mention.name();
        String core = UnitVocabulary.withoutTrailingBrackets(name);
        if (SENTENCE_START.matcher(name).find() || FALSE_ENDINGS.stream().anyMatch(core::endsWith)) {
            return false;
        }
        if (mention.group()) {
            return name.length() <= MAX_GROUP_LENGTH
                    && (UnitVocabulary.endsLikeUnit(name)
                            || GROUP_ENDING.matcher(core).find());
        }
        return name.length() <= MAX_NAME_LENGTH && UnitVocabulary.endsLikeUnit(name);
    }
}
