package org.taizhang.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taizhang.console.api.Problem;

class ProblemsTest {

    @Test
    void shouldShowEachFieldMessageWhenTheServiceGivesThem() {
        Problem problem = new Problem(
                "Unprocessable",
                422,
                "2 task(s) cannot be published",
                List.of(new Problem.FieldError("tasks.a.deadline", "任务 1 没有时限"), new Problem.FieldError("x", null)));

        assertThat(Problems.messages(problem, 422)).containsExactly("任务 1 没有时限", "x");
    }

    @Test
    void shouldFallBackToTheDetailThenToPlainWords() {
        assertThat(Problems.messages(new Problem("Bad", 400, "year is missing", null), 400))
                .containsExactly("year is missing");
        assertThat(Problems.messages(null, 403)).containsExactly("您没有权限查看或修改此内容。");
        assertThat(Problems.messages(null, 502)).containsExactly("服务暂时不可用，请稍后再试。");
    }

    @Test
    void shouldLeadAFieldsMessageWithTheFormsLabelAndAFilesRowWithItsNumber() {
        Problem problem = new Problem(
                "Unprocessable",
                422,
                "invalid",
                List.of(
                        new Problem.FieldError("url", "refused: a loopback address"),
                        new Problem.FieldError("rows[3].regionCode", "区划代码「34180」无效"),
                        new Problem.FieldError("zone", "not a time zone")));

        assertThat(Problems.messages(problem, 422, Map.of("url", "回调地址")))
                .containsExactly("回调地址：refused: a loopback address", "第 3 行：区划代码「34180」无效", "not a time zone");
    }

    @Test
    void shouldShowPlainWordsNotTheServicesEnglishForAccessRefusals() {
        Problem forbidden = new Problem("Forbidden", 403, "Your role does not allow this request", null);

        assertThat(Problems.messages(forbidden, 403)).containsExactly("您没有权限查看或修改此内容。");
    }
}
