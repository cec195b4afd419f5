package vn.giaoban.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.giaoban.briefing.BriefingService;
import vn.giaoban.briefing.BriefingView;
import vn.giaoban.briefing.ReviewDecisionRepository;
import vn.giaoban.briefing.Stage;
import vn.giaoban.common.GiaobanProperties;
import vn.giaoban.common.ProblemResponses;
import vn.giaoban.conclusion.ConclusionsService;
import vn.giaoban.discussion.Discussion;
import vn.giaoban.minutes.DocumentCards;
import vn.giaoban.organization.OrganizationRepository;
import vn.giaoban.organization.Role;
import vn.giaoban.organization.UserAccountRepository;
import vn.giaoban.report.ReportService;
import vn.giaoban.security.Actor;
import vn.giaoban.security.TestLogins;
import vn.giaoban.workflow.MyTasks;

/**
 * Controller slices of the web pages (Spring MVC, Thymeleaf and the security filters, no database): user text is
 * escaped wherever it is shown, and a form with an impossible date is shown again with the reason, nothing saved.
 */
@WebMvcTest(controllers = {HomePages.class, BriefingPages.class})
@Import({ProblemResponses.class, Pages.class})
@EnableConfigurationProperties(GiaobanProperties.class)
class PagesSliceTest {

    private static final Actor SECRETARIAT = new Actor(7, "vana", "Nguyễn Văn An", 1L, EnumSet.of(Role.SECRETARIAT));
    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BriefingService briefings;
    @MockitoBean
    MyTasks tasks;
    @MockitoBean
    ReportService reports;
    @MockitoBean
    Discussion discussion;
    @MockitoBean
    ConclusionsService conclusions;
    @MockitoBean
    DocumentCards documents;
    @MockitoBean
    ReviewDecisionRepository decisions;
    @MockitoBean
    UserAccountRepository users;
    @MockitoBean
    OrganizationRepository organizations;
    @MockitoBean
    Clock clock;

    @Test
    void userTextIsEscapedOnTheDashboard() throws Exception {
        when(tasks.of(any())).thenReturn(List.of(new MyTasks.OpenTask(3, SCRIPT, Stage.REPORT_REVIEW,
                "Duyệt " + SCRIPT, OffsetDateTime.parse("2026-10-05T07:30:00+07:00"))));
        when(briefings.list(any(), any(), any())).thenReturn(List.of(new BriefingView(3, SCRIPT, "2026-Q3",
                OffsetDateTime.parse("2026-10-05T07:30:00+07:00"), SCRIPT, 1,
                new BriefingView.OrganizationRef(1, SCRIPT, "ĐU"), "thib", "vana", List.of(), List.of(),
                Stage.REPORT_REVIEW, 1, null)));
        mvc.perform(get("/").with(TestLogins.as(SECRETARIAT)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(SCRIPT))));
    }

    @Test
    void anImpossibleDateIsShownBackWithTheReasonAndNothingIsScheduled() throws Exception {
        when(users.findAllByOrderByFullNameAsc()).thenReturn(List.of());
        mvc.perform(post("/briefings").with(TestLogins.as(SECRETARIAT)).with(csrf())
                        .param("title", SCRIPT).param("quarter", "2026-Q1").param("date", "2026-02-30")
                        .param("time", "07:30").param("location", "Hội trường").param("chair", "thib")
                        .param("recorder", "vana"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vui lòng kiểm tra lại ngày, giờ")))
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(SCRIPT))));
        verify(briefings, never()).schedule(any(), any());
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/briefings").with(TestLogins.as(SECRETARIAT)).param("title", "x"))
                .andExpect(status().isForbidden());
        verify(briefings, never()).schedule(any(), any());
    }
}
