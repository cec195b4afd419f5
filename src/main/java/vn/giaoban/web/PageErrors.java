package vn.giaoban.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.giaoban.common.ProblemException;

/** A refusal on a web page becomes a friendly page in the user's language with the same explanation as the API's. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView refused(ProblemException e, HttpServletResponse response) {
        response.setStatus(e.status().value());
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", e.status().value());
        page.addObject("detail", messages.getMessage(e.code(), e.args(), e.code(), LocaleContextHolder.getLocale()));
        return page;
    }
}
