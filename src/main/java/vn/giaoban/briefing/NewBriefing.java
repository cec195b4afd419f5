package vn.giaoban.briefing;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/briefings}. */
public record NewBriefing(@NotNull Long organizationId,
                   @NotBlank @Size(max = 500) String title,
                   @NotNull @Pattern(regexp = "\\d{4}-Q[1-4]") String quarter,
                   @NotNull OffsetDateTime scheduledAt,
                   @NotBlank @Size(max = 500) String location,
                   @NotBlank @Size(max = 50) String chair,
                   @NotBlank @Size(max = 50) String recorder,
                   @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 50) String> participants) {
}
