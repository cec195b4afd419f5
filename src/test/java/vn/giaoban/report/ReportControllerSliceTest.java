package vn.giaoban.report;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.giaoban.common.GiaobanProperties;
import vn.giaoban.common.ProblemResponses;
import vn.giaoban.organization.Role;
import vn.giaoban.organization.UserAccountRepository;
import vn.giaoban.security.Actor;
import vn.giaoban.security.TestLogins;

/** Controller slice of the report API: invalid bodies are refused as problem+json before the service is asked. */
@WebMvcTest(ReportController.class)
@Import(ProblemResponses.class)
@EnableConfigurationProperties(GiaobanProperties.class)
class ReportControllerSliceTest {

    private static final Actor SECRETARIAT = new Actor(7, "vana", "Nguyễn Văn An", 1L, EnumSet.of(Role.SECRETARIAT));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportService reports;
    @MockitoBean
    UserAccountRepository users;
    @MockitoBean
    Clock clock;

    @Test
    void aMissingContentIsNamedInTheProblem() throws Exception {
        mvc.perform(put("/api/briefings/1/report").with(TestLogins.as(SECRETARIAT))
                        .contentType(MediaType.APPLICATION_JSON).content("{}").header("Accept-Language", "vi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("content"))
                .andExpect(jsonPath("$.errors[0].detail").value("Trường \"content\" là bắt buộc."));
        verify(reports, never()).save(anyLong(), anyString(), any(), any());
    }

    @Test
    void aNegativeBaseVersionIsRefused() throws Exception {
        mvc.perform(put("/api/briefings/1/report").with(TestLogins.as(SECRETARIAT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"content\": \"x\", \"baseVersion\": -1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("baseVersion"));
        verify(reports, never()).save(anyLong(), anyString(), any(), any());
    }
}
