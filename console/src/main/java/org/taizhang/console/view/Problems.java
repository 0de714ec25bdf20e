package org.taizhang.console.view;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.console.api.Problem;

/** What a service's refusal tells the person at the page: its field messages, or its detail, or a plain word. */
public final class Problems {

    private Problems() {}

    /** The messages to show for a service's 4xx/5xx answer. */
    public static List<String> messages(WebApplicationException refusal) {
        Problem problem = read(refusal.getResponse());
        return messages(problem, refusal.getResponse().getStatus());
    }

    static List<String> messages(Problem problem, int status) {
        List<String> messages = new ArrayList<>();
        if (problem != null && problem.errors() != null) {
            problem.errors().stream()
                    .map(error -> error.message() == null ? error.field() : error.message())
                    .filter(message -> message != null && !message.isBlank())
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
