package vn.giaoban.web;

import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giaoban.common.ProblemException;

/** What every page controller does with a refusal: tell the user, in their language, and keep what they typed. */
@Component
class Pages {

    private final MessageSource messages;

    Pages(MessageSource messages) {
        this.messages = messages;
    }

    String explain(ProblemException e) {
        String detail = messages.getMessage(e.code(), e.args(), e.code(), LocaleContextHolder.getLocale());
        if (e.fieldErrors().isEmpty()) {
            return detail;
        }
        return e.fieldErrors().entrySet().stream()
                .map(f -> messages.getMessage(f.getValue(), new Object[] {f.getKey()}, f.getValue(),
                        LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(" "));
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    /** Runs an action; on success flashes {@code doneCode}, on refusal flashes the reason. */
    String act(String target, RedirectAttributes flash, String doneCode, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", message(doneCode));
        } catch (ProblemException refused) {
            flash.addFlashAttribute("error", explain(refused));
        }
        return "redirect:" + target;
    }
}
