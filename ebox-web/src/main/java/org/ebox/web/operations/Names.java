package org.ebox.web.operations;

import org.ebox.common.entity.TranslatedText;

/** A name as a form takes it: one field a language of the service. */
public class Names {

    private String nl;
    private String fr;
    private String de;
    private String en;

    static Names of(TranslatedText text) {
        Names names = new Names();
        names.nl = text.getNl();
        names.fr = text.getFr();
        names.de = text.getDe();
        names.en = text.getEn();
        return names;
    }

    TranslatedText text() {
        return TranslatedText.of(nl, fr, de, en);
    }

    public String getNl() {
        return nl;
    }

    public void setNl(String nl) {
        this.nl = nl;
    }

    public String getFr() {
        return fr;
    }

    public void setFr(String fr) {
        this.fr = fr;
    }

    public String getDe() {
        return de;
    }

    public void setDe(String de) {
        this.de = de;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }
}
