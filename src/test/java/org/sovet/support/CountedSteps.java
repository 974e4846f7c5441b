package org.sovet.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a person does in a form, counted as the person would count it: every click (clicking into a field
 * before typing is one, opening a list and choosing from it are two) and every field typed into.
 */
public final class CountedSteps {

    private final Browser browser;
    private int clicks;
    private int typed;

    public CountedSteps(Browser browser) {
        this.browser = browser;
    }

    public void openTask(String name) {
        browser.openTask(name);
        clicks++;
    }

    public void click(By by) {
        browser.click(by);
        clicks++;
    }

    public void click(WebElement element) {
        browser.click(element);
        clicks++;
    }

    public void type(WebElement field, String text) {
        browser.click(field);
        field.sendKeys(text);
        clicks++;
        typed++;
    }

    public void pick(WebElement select, String option) {
        browser.pick(select, option);
        clicks += 2;
    }

    public void clickButton(String text) {
        browser.clickButton(text);
        clicks++;
    }

    public int clicks() {
        return clicks;
    }

    public int typed() {
        return typed;
    }
}
