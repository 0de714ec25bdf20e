package org.taizhang.console.view;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.console.api.Problem;

/** What a service's refusal tells the person at the page: its field messages, or its detail, or a plain word. */
public final class Problems {

    private static final Pattern ROW = Pattern.compile("rows\\[(\\d+)]");

    private Problems() {}

    /** The messages to show for a service's 4xx/5xx answer. */
    public static List<String> messages(WebApplicationException refusal) {
        Problem problem = read(refusal.getResponse());
        return messages(problem, refusal.getResponse().getStatus());
    }

    /** The messages, each led by the form's label of the field the service named, where the form has one. */
    public static List<String> messages(WebApplicationException refusal, Map<String, String> labels) {
        Problem problem = read(refusal.getResponse());
        return messages(problem, refusal.getResponse().getStatus(), labels);
    }

    static List<String> messages(Problem problem, int status) {
        return messages(problem, status, Map.of());
    }

    static List<String> messages(Problem problem, int status, Map<String, String> labels) {
        List<String> messages = new ArrayList<>();
        if (status == 401 || status == 403 || status == 404) {
            // The services say these in English for programs; a person needs the plain words, and nothing more.
            messages.add(plain(status));
            return messages;
        }
        if (problem != null && problem.errors() != null) {
            problem.errors().stream()
                    .filter(error -> error.message() != null && !error.message().isBlank()
                            || error.field() != null && !error.field().isBlank())
                    .map(error -> labelled(error, labels))
                    .forEach(messages::add);
        }
        if (messages.isEmpty()
                && problem != null
                && problem.detail() != null
                && !problem.detail().isBlank()) {
            messages.add(problem.detail());
        }
        if (messages.isEmpty()) {
            messages.add(plain(status));
        }
        return messages;
    }

    private static String labelled(Problem.FieldError error, Map<String, String> labels) {
        if (error.message() == null || error.message().isBlank()) {
            return error.field();
        }
        String field = error.field() == null ? "" : error.field();
        Matcher row = ROW.matcher(field);
        if (row.lookingAt()) {
            // An imported file's row, numbered as the spreadsheet shows it.
            return "第 " + row.group(1) + " 行：" + error.message();
        }
        field = field.split("[\\[.]", 2)[0];
        String label = labels.get(field);
        return label == null ? error.message() : label + "：" + error.message();
    }

    /** The words for a status when the service said nothing more. */
    public static String plain(int status) {
        return switch (status) {
            case 400, 422 -> "提交的内容有误，请检查后重试。";
            case 401 -> "登录已过期，请重新登录。";
            case 403 -> "您没有权限查看或修改此内容。";
            case 404 -> "未找到该内容，可能已被删除。";
            case 409 -> "内容已被他人修改，请刷新后重试。";
            case 413 -> "文件太大。";
            case 415 -> "不支持这种文件类型。";
            case 429 -> "操作太频繁，请稍后再试。";
            default -> status >= 500 ? "服务暂时不可用，请稍后再试。" : "请求未能完成。";
        };
    }

    private static Problem read(Response response) {
        try {
            response.bufferEntity();
            return response.readEntity(Problem.class);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
