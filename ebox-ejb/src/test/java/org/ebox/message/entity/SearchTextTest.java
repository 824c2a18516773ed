package org.ebox.message.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void accentsAndCaseAreRemovedOnBothSides() {
        assertEquals("societe generale", SearchText.normalize("Société GÉNÉRALE"));
        assertEquals("%societe%", SearchText.containing("SOCIETE"));
    }

    @Test
    void likeWildcardsInTheWordsAreTakenLiterally() {
        assertEquals("%100\\% sur\\_%", SearchText.containing("100% sur_"));
    }

    @Test
    void searchTextHoldsSubjectBusinessDataValuesAndThePersonInTheAskedLanguageOnly() {
        String businessData = "[{\"key\":\"ref\",\"values\":[{\"fr\":\"Dossier Élan\",\"nl\":\"Dossier Elan NL\"}]}]";
        String french = SearchText.forLanguage(
                "Décompte", businessData, new AttentionOf("85073003328", "person", "Zoé Lambert"), "fr");
        assertTrue(french.contains("decompte"));
        assertTrue(french.contains("dossier elan"));
        assertTrue(french.contains("zoe lambert"));
        assertTrue(french.contains("85073003328"));
        assertFalse(french.contains("elan nl"), "the Dutch value is not searched in French");
    }
}
