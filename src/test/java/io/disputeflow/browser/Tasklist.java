package io.disputeflow.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda Tasklist as a user sees it: filters, the task list, a task's Camunda Form (form-js) and its buttons. */
class Tasklist {

    private static final Pattern TASK_ID = Pattern.compile("task=([0-9a-fA-F-]+)");

    private final Browser browser;

    Tasklist(Browser browser) {
        this.browser = browser;
    }

    static Tasklist signIn(Browser browser, String user, String password) {
        browser.signIn("tasklist", user, password);
        browser.visible(By.cssSelector("[cam-tasklist-filters] .task-filter"));
        return new Tasklist(browser);
    }

    /** Selects a filter by name and waits until its list has loaded. */
    Tasklist filter(String name) {
        WebElement filter = browser.clickable(By.xpath(
                "//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a[normalize-space(text())='"
                        + name + "']]"));
        filter.click();
        browser.waiting().until(driver -> filter.getAttribute("class").contains("active"));
        waitForList();
        return this;
    }

    private void waitForList() {
        browser.waiting().until(driver -> !driver.findElements(
                By.cssSelector(".tasks-list .tasks-list li.task, .tasks-list .well")).isEmpty()
                && driver.findElements(By.cssSelector(".tasks-list .loader")).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Ids of the tasks in the list, as Tasklist links them. */
    List<String> taskIds() {
        waitForList();
        return browser.all(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
                .map(link -> link.getAttribute("href"))
                .map(TASK_ID::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .toList();
    }

    /** Reloads Tasklist (as after new work arrived) and selects the filter again. */
    Tasklist reload(String filterName) {
        browser.driver().navigate().refresh();
        browser.visible(By.cssSelector("[cam-tasklist-filters] .task-filter"));
        return filter(filterName);
    }

    /** Opens a task from the list and waits for its form. */
    Tasklist open(String taskId) {
        WebElement link = browser.clickable(By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + taskId + "']"));
        link.click();
        browser.waiting().until(ExpectedConditions.attributeContains(
                By.xpath("//ol[contains(@class,'tasks-list')]/li[.//a[contains(@href,'task=" + taskId + "')]]"),
                "class", "active"));
        // a Camunda Form (form-js) or an embedded HTML form
        browser.visible(By.cssSelector(".task-details .fjs-form, .task-details form[name]"));
        return this;
    }

    String taskName() {
        return browser.visible(By.cssSelector(".task-details .names h2.task")).getText().trim();
    }

    /** Claims the open task (form fields stay read-only until then) and waits for the form to become editable. */
    Tasklist claim() {
        browser.clickable(By.cssSelector("[cam-tasklist-task-meta] button.claim")).click();
        browser.visible(By.cssSelector("[cam-tasklist-task-meta] .assignee"));
        browser.waiting().until(driver -> driver.findElements(By.cssSelector(
                        ".task-details .fjs-form input, .task-details form[name] select"))
                .stream().anyMatch(WebElement::isEnabled));
        return this;
    }

    private static String field(String label) {
        return "//div[contains(@class,'fjs-form-field')][./label[starts-with(normalize-space(.),\"" + label + "\")]]";
    }

    /** Chooses a radio option by the label of the group and of the option. */
    Tasklist radio(String group, String option) {
        WebElement radio = browser.clickable(By.xpath(field(group)
                + "//label[contains(normalize-space(.),\"" + option + "\")]"));
        browser.click(radio);
        browser.waiting().until(driver -> radio.findElement(By.xpath(".//input[@type='radio']")).isSelected());
        return this;
    }

    /** Chooses an option of a form-js select (a drop-down list, not a native select). */
    Tasklist select(String label, String option) {
        WebElement select = browser.clickable(By.xpath(field(label) + "//div[contains(@class,'fjs-input-group')]"));
        browser.click(select);
        browser.click(browser.clickable(By.xpath(field(label) + "//div[contains(@class,'fjs-dropdownlist-item')]"
                + "[normalize-space(.)=\"" + option + "\"]")));
        browser.waiting().until(driver -> driver.findElement(By.xpath(field(label)
                + "//*[contains(@class,'fjs-select-display')]")).getText().contains(option));
        return this;
    }

    /** Types into a text field or text area. */
    Tasklist type(String label, String text) {
        WebElement input = browser.clickable(By.xpath(field(label) + "//*[self::input or self::textarea]"));
        browser.scrollToCenter(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        return this;
    }

    Tasklist check(String label) {
        WebElement box = browser.clickable(By.xpath(field(label) + "//input[@type='checkbox']"));
        if (!box.isSelected()) {
            browser.click(box);
        }
        browser.waiting().until(ExpectedConditions.elementSelectionStateToBe(box, true));
        return this;
    }

    /** Presses Complete and waits until the task has left the list. */
    void complete(String taskId) {
        browser.click(browser.clickable(By.cssSelector(".task-details button.btn-primary[ng-click='complete()']")));
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + taskId + "']"), 0));
    }

    /** The error form-js (or our refusal script) shows under a field, or "" when there is none. */
    String fieldError(String label) {
        return browser.all(By.xpath(field(label) + "//*[contains(@class,'fjs-form-field-error')]")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse("");
    }

    boolean completeEnabled() {
        return browser.visible(By.cssSelector(".task-details button.btn-primary[ng-click='complete()']")).isEnabled();
    }

    /**
     * Presses Complete on a form the server refuses and returns the HTTP status of the submit, as the browser saw it,
     * once Tasklist shows its notification.
     */
    long completeRefused() {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("window.submitStatuses = [];"
                + "const send = XMLHttpRequest.prototype.send;"
                + "XMLHttpRequest.prototype.send = function (...args) {"
                + "  this.addEventListener('load', () => { if (/submit-form|complete$/.test(this.responseURL)) "
                + "    window.submitStatuses.push(this.status); });"
                + "  return send.apply(this, args); };");
        browser.click(browser.clickable(By.cssSelector(".task-details button.btn-primary[ng-click='complete()']")));
        browser.waiting().until(driver -> !((List<?>) script.executeScript("return window.submitStatuses;")).isEmpty());
        browser.visible(By.cssSelector(".notifications .alert-danger, .notifications .alert"));
        return (Long) ((List<?>) script.executeScript("return window.submitStatuses;")).get(0);
    }

    /** The text of the notifications Tasklist shows (its toasts). */
    String notifications() {
        return browser.all(By.cssSelector(".notifications .alert")).stream().map(WebElement::getText)
                .reduce("", (all, one) -> all + one + "\n");
    }

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|ENGINE-\\d+|java\\.util|\\$\\{|\\{\\{");

    /**
     * What the open task shows a person (its header and form) in words: no reason or status codes such as
     * {@code CHANGED_MIND}, no engine codes, no Java types, no unrendered template. Returns the codes found.
     */
    List<String> codesShown() {
        String text = browser.visible(By.cssSelector(".task-details")).getText();
        Matcher found = CODE.matcher(text);
        List<String> codes = new java.util.ArrayList<>();
        while (found.find()) {
            codes.add(found.group());
        }
        return codes;
    }

    /** The sorts the list header shows, e.g. ["Due date"]. */
    List<String> sortLabels() {
        waitForList();
        return browser.all(By.cssSelector("[cam-sorting-choices] li.sorting-choice .sort-by")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    /** The text of each task card in the list (name, process, dates, the filter's variables such as the store). */
    List<String> cardTexts() {
        waitForList();
        return browser.all(By.cssSelector("ol.tasks-list li.task")).stream().map(WebElement::getText).toList();
    }

    /** The names of the filters the user sees. */
    List<String> filterNames() {
        return browser.all(By.cssSelector("[cam-tasklist-filters] .task-filter h4.name a")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }
}
