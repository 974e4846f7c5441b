package org.sovet.config;

import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A page whose change failed because the disk is full says so in Russian (503), not with a bare 500. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class StorageFailurePage {

    @ExceptionHandler({DataAccessException.class, TransactionException.class, ProcessEngineException.class})
    ModelAndView storageFailure(RuntimeException e) {
        if (!StorageFailure.isStorageFailure(e) && !StorageFailure.seen()) {
            throw e; // not ours: the usual error handling goes on
        }
        ModelAndView page = new ModelAndView("pages/message", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("title", "Изменения не сохранены");
        page.addObject("message", StorageFailure.MESSAGE);
        return page;
    }
}
