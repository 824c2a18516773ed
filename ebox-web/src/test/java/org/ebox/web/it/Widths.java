package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The widths every screen is looked at: a laptop's 1366 px and a phone's 390 px (Chromium's own device emulation,
 * with the phone's viewport rules), and what must hold at each.
 */
final class Widths {

    static final int DESKTOP = 1366;
    static final int PHONE = 390;

    private Widths() {}

    static void use(ChromeDriver browser, int width) {
        use(browser, width, width == PHONE ? 844 : 900);
    }

    /** The width with a screen of that height (a phone's page photographed whole). */
    static void use(ChromeDriver browser, int width, long height) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width == PHONE));
    }

    static void reset(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Nothing of the page, nor of its main part, is wider than the screen: nobody scrolls sideways. */
    static void assertNoSidewaysScrolling(ChromeDriver browser, String page) {
        Object wider = browser.executeScript("""
                const root = document.documentElement, main = document.querySelector('main');
                const found = [];
                // What is not shown (a closed alert box, a closed section) takes no room.
                if (root.scrollWidth > root.clientWidth) found.push('page ' + root.scrollWidth + ' > ' + root.clientWidth);
                if (main && main.scrollWidth > main.clientWidth + 1) found.push('main ' + main.scrollWidth + ' > ' + main.clientWidth);
                for (const element of document.querySelectorAll('body *')) {
                    const box = element.getBoundingClientRect();
                    if (!element.checkVisibility()) continue;
                    if (box.width > 0 && box.right > root.clientWidth + 1 && getComputedStyle(element).position !== 'absolute'
                            && found.length < 6) {
                        found.push((element.id || element.className || element.tagName) + ' ends at ' + Math.round(box.right));
                    }
                }
                return found.join('; ');""");
        assertTrue(String.valueOf(wider).isEmpty(), page + " scrolls sideways: " + wider);
    }

    /** The top bar's right side keeps one line: no item sits below another. */
    static void assertTopBarOnOneLine(ChromeDriver browser, String page) {
        Object lines = browser.executeScript("""
                const items = [...document.querySelectorAll('.topnav > *')].filter(item => item.offsetParent !== null);
                const enterprise = document.querySelector('.topbar .enterprise').getBoundingClientRect();
                const nav = document.querySelector('.topnav').getBoundingClientRect();
                const tallest = Math.max(...items.map(item => item.getBoundingClientRect().height));
                return nav.height > tallest * 1.5 || nav.top >= enterprise.bottom ? 'nav ' + nav.height + ' px high, items '
                    + tallest + ' px; enterprise ends at ' + enterprise.bottom + ', nav starts at ' + nav.top : '';""");
        assertTrue(String.valueOf(lines).isEmpty(), page + ": the top bar wraps: " + lines);
    }
}
