package org.ebox.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language of the pages for this session: first the browser's, if it is one of ours; the person's preferred
 * language after login; then whatever the person picks in the language switch.
 */
@Named("language")
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages of the service, in the order the switch shows them. */
    public static final List<String> SUPPORTED = List.of("en", "fr", "nl", "de");

    private Locale locale;
    private boolean chosen;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale requested =
                    faces == null ? Locale.ENGLISH : faces.getExternalContext().getRequestLocale();
            locale = supportedOrEnglish(requested == null ? null : requested.getLanguage());
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public List<String> getSupported() {
        return SUPPORTED;
    }

    /**
     * The switch's link to this page in another language: the same page with the same parameters (a message's id,
     * a folder, a search), its language changed.
     */
    public String linkTo(String code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String query = faces == null
                ? null
                : ((HttpServletRequest) faces.getExternalContext().getRequest()).getQueryString();
        return withLanguage(query, code);
    }

    /** "folder=masked&lang=en&q=tax" in French: "?folder=masked&q=tax&lang=fr". */
    public static String withLanguage(String query, String code) {
        String kept = query == null
                ? ""
                : Arrays.stream(query.split("&"))
                        .filter(pair -> !pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang="))
                        .collect(Collectors.joining("&"));
        return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang="
                + supportedOrEnglish(code).getLanguage();
    }

    /** The switch: the person's own choice always wins. */
    public void choose(String code) {
        locale = supportedOrEnglish(code);
        chosen = true;
    }

    /** After login: the person's preferred language, unless the person already picked one here. */
    public void preferIfNotChosen(String code) {
        if (!chosen && code != null && SUPPORTED.contains(code)) {
            locale = Locale.forLanguageTag(code);
        }
    }

    static Locale supportedOrEnglish(String code) {
        return code != null && SUPPORTED.contains(code) ? Locale.forLanguageTag(code) : Locale.ENGLISH;
    }
}
