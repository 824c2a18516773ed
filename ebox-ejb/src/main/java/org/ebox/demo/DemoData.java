package org.ebox.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ebox.access.control.PasswordHashing;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.ApiClient;
import org.ebox.access.entity.ApiClient.Credential;
import org.ebox.access.entity.ApiClient.Purpose;
import org.ebox.access.entity.Person;
import org.ebox.common.entity.BelgianTime;
import org.ebox.common.entity.TranslatedText;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.enterprise.entity.EnterpriseDomain;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.institution.entity.MessageType;
import org.ebox.institution.entity.SenderApplication;
import org.ebox.institution.entity.SenderImage;
import org.ebox.institution.entity.SenderOrganization;
import org.ebox.institution.entity.ValidityPeriod;
import org.ebox.message.control.BoxCounts;
import org.ebox.message.entity.Message;
import org.ebox.platform.ContentStore;
import org.ebox.platform.StoredContent;

/**
 * A small but lifelike world to try the e-Box in: institutions with their applications and message types in four
 * languages, three enterprises of both domains, a person for every role (one of them acting for two enterprises), and
 * some 220 messages per enterprise spread over nine months, each with a real PDF letter. Seeded, so every start on an
 * empty database makes the same world. Loaded only when {@code ebox.demo-data.enabled} is true (never in production).
 */
@Stateless
public class DemoData {

    @Inject
    Clock clock;

    /** The password of every demo login; listed in the README, and only ever loaded into a demo database. */
    public static final String DEMO_PASSWORD = "demo";

    /**
     * The authenticator-app secret of the demo persons who have one (all but la.peeters, who uses codes by email).
     * Demo data only, like the password: add it to an authenticator app, or run oathtool --totp -b with it.
     */
    public static final String DEMO_AUTHENTICATOR_SECRET = "EBOXDEMOEBOXDEMOEBOXDEMOEBOXDEMO";

    public static final int MESSAGES_PER_ENTERPRISE = 220;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    ContentStore contentStore;

    private final DemoLetters letters = new DemoLetters();

    public boolean isLoaded() {
        return em.createQuery("select count(e) from Enterprise e", Long.class).getSingleResult() > 0;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void load() {
        OffsetDateTime now =
                OffsetDateTime.ofInstant(clock.instant(), BelgianTime.ZONE).truncatedTo(ChronoUnit.SECONDS);
        List<MessageType> types = institutions();
        List<Enterprise> enterprises = enterprises(now);
        // Accesses and messages name their enterprise by number, not by a mapped relation, so EclipseLink cannot
        // order the inserts by itself: write the referenced rows first.
        em.flush();
        List<Person> persons = persons(enterprises);
        // Zinneke and Lumière went fully digital months ago; Jan Peeters Consulting has not decided yet.
        enterprises.get(0).consentToFullyDigital(persons.get(1).getPersonId(), now.minusMonths(9));
        enterprises.get(1).consentToFullyDigital(persons.get(2).getPersonId(), now.minusMonths(9));
        for (int i = 0; i < enterprises.size(); i++) {
            messages(enterprises.get(i), types, persons.get(i + 1), new Random(1000L + i), now);
        }
        em.flush();
        BoxCounts.countAnew(
                em,
                enterprises.stream()
                        .map(enterprise -> enterprise.getEnterpriseNumber().value())
                        .toList());
        apiClients(now);
    }

    /**
     * The API clients of the identity provider's demo realm (server-config/keycloak), registered with the
     * organisations its tokens name: without a registration, the provider's tokens count for nothing.
     */
    private void apiClients(OffsetDateTime now) {
        Object[][] clients = {
            {"institution-nsso", "0206731645", Purpose.PUBLICATION},
            {"institution-fps-finance", "0308357159", Purpose.PUBLICATION},
            {"company-zinneke-software", "0812345603", Purpose.CONSULTATION},
            {"zinneke-other-audience", "0812345603", Purpose.CONSULTATION},
            {"agency-operations", "0300000115", Purpose.OPERATIONS}
        };
        for (Object[] client : clients) {
            Purpose purpose = (Purpose) client[2];
            em.persist(new ApiClient(
                    (String) client[0],
                    (String) client[1],
                    purpose,
                    purpose.scopes(),
                    Credential.IDENTITY_PROVIDER,
                    null,
                    now,
                    "demo data"));
        }
    }

    private List<MessageType> institutions() {
        SenderOrganization nsso = organization(
                "02067316",
                "RSZ",
                "ONSS",
                "LSS",
                "NSSO",
                "Rijksdienst voor Sociale Zekerheid",
                "Office national de sécurité sociale",
                "Landesamt für soziale Sicherheit",
                "National Social Security Office");
        SenderOrganization finance = organization(
                "03083571",
                "FOD Financiën",
                "SPF Finances",
                "FÖD Finanzen",
                "FPS Finance",
                "Federale Overheidsdienst Financiën",
                "Service public fédéral Finances",
                "Föderaler Öffentlicher Dienst Finanzen",
                "Federal Public Service Finance");
        SenderOrganization holidays = organization(
                "02065402",
                "RJV",
                "ONVA",
                "LJU",
                "NAHO",
                "Rijksdienst voor Jaarlijkse Vakantie",
                "Office national des vacances annuelles",
                "Landesamt für den Jahresurlaub",
                "National Annual Holiday Office");
        SenderOrganization ghent = organization(
                "02070451",
                "Stad Gent",
                "Ville de Gand",
                "Stadt Gent",
                "City of Ghent",
                "Stad Gent",
                "Ville de Gand",
                "Stadt Gent",
                "City of Ghent");

        em.flush(); // logos name their organisation by id: the organisations' rows first
        logo(nsso, new java.awt.Color(0x0b, 0x3d, 0x6e), 0);
        logo(finance, new java.awt.Color(0x7a, 0x1f, 0x2b), 1);
        logo(holidays, new java.awt.Color(0x1e, 0x6b, 0x3a), 2);
        logo(ghent, new java.awt.Color(0x4a, 0x2c, 0x7a), 0);

        SenderApplication dmfa = application("nsso-dmfa", nsso, "DmfA", "DmfA", "DmfA", "DmfA");
        SenderApplication contributions =
                application("nsso-contributions", nsso, "Bijdragen", "Cotisations", "Beiträge", "Contributions");
        SenderApplication vat = application("fin-vat", finance, "Btw", "TVA", "MwSt", "VAT");
        SenderApplication holidayPay = application(
                "naho-holiday-pay", holidays, "Vakantiegeld", "Pécule de vacances", "Urlaubsgeld", "Holiday pay");
        SenderApplication localTaxes = application(
                "ghent-taxes", ghent, "Gemeentebelastingen", "Taxes communales", "Gemeindesteuern", "Municipal taxes");

        return List.of(
                type(
                        "dmfa-notice",
                        dmfa,
                        ValidityPeriod.years(1),
                        "Kennisgeving DmfA",
                        "Notification DmfA",
                        "Mitteilung DmfA",
                        "DmfA notification"),
                type(
                        "dmfa-correction",
                        dmfa,
                        ValidityPeriod.months(6),
                        "Verbetering van uw DmfA-aangifte",
                        "Correction de votre déclaration DmfA",
                        "Berichtigung Ihrer DmfA-Erklärung",
                        "Correction of your DmfA declaration"),
                type(
                        "contribution-reminder",
                        contributions,
                        ValidityPeriod.months(3),
                        "Herinnering bijdragen",
                        "Rappel de cotisations",
                        "Beitragserinnerung",
                        "Contribution reminder"),
                type(
                        "contribution-statement",
                        contributions,
                        ValidityPeriod.years(2),
                        "Afrekening bijdragen",
                        "Décompte de cotisations",
                        "Beitragsabrechnung",
                        "Statement of contributions"),
                type(
                        "vat-assessment",
                        vat,
                        ValidityPeriod.years(3),
                        "Aanslagbiljet btw",
                        "Avertissement-extrait de rôle TVA",
                        "Steuerbescheid MwSt",
                        "VAT assessment"),
                type(
                        "holiday-certificate",
                        holidayPay,
                        ValidityPeriod.days(90),
                        "Vakantieattest",
                        "Attestation de vacances",
                        "Urlaubsbescheinigung",
                        "Holiday certificate"),
                type(
                        "municipal-tax",
                        localTaxes,
                        ValidityPeriod.years(1),
                        "Aanslag gemeentebelasting",
                        "Taxe communale",
                        "Gemeindesteuerbescheid",
                        "Municipal tax assessment"));
    }

    private SenderOrganization organization(
            String firstEight,
            String nl,
            String fr,
            String de,
            String en,
            String longNl,
            String longFr,
            String longDe,
            String longEn) {
        SenderOrganization organization = new SenderOrganization(
                EnterpriseNumber.withCheckDigits(firstEight),
                TranslatedText.of(nl, fr, de, en),
                TranslatedText.of(longNl, longFr, longDe, longEn),
                "helpdesk@" + en.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example");
        em.persist(organization);
        return organization;
    }

    private void logo(SenderOrganization organization, java.awt.Color colour, int shape) {
        try {
            em.persist(SenderImage.ofOrganization(
                    organization, "image/png", contentStore.store(DemoLogos.logo(colour, shape))));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw a demo logo", e);
        }
    }

    private SenderApplication application(
            String id, SenderOrganization organization, String nl, String fr, String de, String en) {
        SenderApplication application = new SenderApplication(id, organization, TranslatedText.of(nl, fr, de, en));
        em.persist(application);
        return application;
    }

    private MessageType type(
            String id, SenderApplication sender, ValidityPeriod validity, String nl, String fr, String de, String en) {
        MessageType type = new MessageType(id, TranslatedText.of(nl, fr, de, en), validity);
        type.allowSender(sender);
        em.persist(type);
        return type;
    }

    private List<Enterprise> enterprises(OffsetDateTime now) {
        Enterprise zinneke = new Enterprise(
                EnterpriseNumber.withCheckDigits("08123456"),
                "Brasserie Zinneke SRL",
                EnterpriseDomain.NSSO_EMPLOYER,
                "info@zinneke.example");
        Enterprise lumiere = new Enterprise(
                EnterpriseNumber.withCheckDigits("04567890"),
                "Atelier Lumière SA",
                EnterpriseDomain.NSSO_EMPLOYER,
                "contact@lumiere.example");
        Enterprise peeters = new Enterprise(
                EnterpriseNumber.withCheckDigits("07654321"),
                "Jan Peeters Consulting",
                EnterpriseDomain.COMPANY_WITHOUT_STAFF,
                null);
        List<Enterprise> all = List.of(zinneke, lumiere, peeters);
        for (Enterprise enterprise : all) {
            enterprise.markEboxOpened(now.minusMonths(10));
            em.persist(enterprise);
        }
        return all;
    }

    /** Index 0 is the Chief Access Manager; 1, 2, 3 are the Local Administrators of the three enterprises. */
    private List<Person> persons(List<Enterprise> enterprises) {
        String zinneke = enterprises.get(0).getEnterpriseNumber().value();
        String lumiere = enterprises.get(1).getEnterpriseNumber().value();
        String peeters = enterprises.get(2).getEnterpriseNumber().value();
        String hash = passwords.hash().generate(DEMO_PASSWORD.toCharArray());

        Person cam = person("cam.zinneke", hash, "Chantal", "Dubois", "fr");
        cam.grant(lumiere, AccessRole.CHIEF_ACCESS_MANAGER, false);
        cam.grant(zinneke, AccessRole.CHIEF_ACCESS_MANAGER, false);
        Person laZinneke = person("la.zinneke", hash, "Luc", "Vermeulen", "nl");
        laZinneke.grant(zinneke, AccessRole.LOCAL_ADMINISTRATOR, false);
        laZinneke.grant(lumiere, AccessRole.CO_LOCAL_ADMINISTRATOR, false);
        Person laLumiere = person("la.lumiere", hash, "Sophie", "Lambert", "fr");
        laLumiere.grant(lumiere, AccessRole.LOCAL_ADMINISTRATOR, false);
        // Jan Peeters logs in for the first time: he answers the access-information screen and uses codes by email.
        Person laPeeters = new Person("la.peeters", hash, "Jan", "Peeters", "la.peeters@people.example", "nl");
        em.persist(laPeeters);
        laPeeters.grant(peeters, AccessRole.LOCAL_ADMINISTRATOR, false);
        // A company without staff: its manager is its Chief Access Manager too, and it has no address of its own.
        laPeeters.grant(peeters, AccessRole.CHIEF_ACCESS_MANAGER, false);
        person("cola.zinneke", hash, "Marie", "Claes", "nl").grant(zinneke, AccessRole.CO_LOCAL_ADMINISTRATOR, false);
        person("user.zinneke", hash, "Thomas", "Schmitz", "de").grant(zinneke, AccessRole.USER, true);
        person("nobox.zinneke", hash, "Emma", "Wouters", "en").grant(zinneke, AccessRole.USER, false);
        person("user.lumiere", hash, "Lucas", "Dupont", "fr").grant(lumiere, AccessRole.USER, true);
        // Known to the access management, but with no role yet: the one an administrator designates in the demo.
        person("new.colleague", hash, "Nora", "Janssens", "nl");
        // One of the service's own staff: sees and starts the nightly runs; acts for no enterprise.
        person("ops.demo", hash, "Olivier", "Martin", "en").makePlatformOperator();
        return List.of(cam, laZinneke, laLumiere, laPeeters);
    }

    private Person person(String login, String hash, String givenName, String familyName, String language) {
        Person person = new Person(login, hash, givenName, familyName, login + "@people.example", language);
        // They have used the e-Box before: the access-information screen was confirmed at their first login.
        person.answerAccessInformation(true, OffsetDateTime.now(clock).minusMonths(10));
        person.enrolAuthenticatorApp(DEMO_AUTHENTICATOR_SECRET);
        em.persist(person);
        return person;
    }

    private void messages(
            Enterprise enterprise, List<MessageType> types, Person reader, Random random, OffsetDateTime now) {
        List<Message> messages = new ArrayList<>();
        for (int n = 0; n < MESSAGES_PER_ENTERPRISE; n++) {
            MessageType type = types.get(random.nextInt(types.size()));
            OffsetDateTime receipt = n < 8
                    ? expiringWithinAWeek(type, now, n)
                    : now.minusMinutes(random.nextInt(270 * 24 * 60)).truncatedTo(ChronoUnit.MINUTES);
            if (!type.getValidityPeriod().expiryAfter(receipt).isAfter(now)) {
                receipt = now.minusDays(random.nextInt(20) + 1);
            }
            SenderApplication sender = type.getSenderApplications().iterator().next();
            Message message = new Message(enterprise.getEnterpriseNumber(), sender, type, subjectOf(type, n), receipt);
            message.withBody(bodyOf(type, enterprise), false);
            if (random.nextInt(10) == 0) {
                message.asRegisteredMail();
            }
            if (random.nextInt(5) == 0) {
                message.allowReplies();
            }
            boolean read = receipt.isBefore(now.minusDays(14)) ? random.nextInt(10) < 8 : random.nextInt(10) < 3;
            if (read) {
                message.markRead(reader.getPersonId(), receipt.plusHours(random.nextInt(72) + 1));
                message.pickUp(reader.getPersonId(), message.getReadAt());
                if (random.nextInt(4) == 0) {
                    message.mask();
                }
            }
            attachLetter(message, enterprise, type, n);
            if (random.nextInt(6) == 0) {
                attachAnnex(message, enterprise, n);
            }
            messages.add(message);
        }
        messages.forEach(em::persist);
    }

    /** Receipt dates that make the first messages expire one to eight days from now. */
    private static OffsetDateTime expiringWithinAWeek(MessageType type, OffsetDateTime now, int n) {
        OffsetDateTime expiry = now.plusDays(n % 7 + 1).minusHours(1);
        ValidityPeriod period = type.getValidityPeriod();
        return switch (period.getUnit()) {
            case DAY -> expiry.minusDays(period.getNumber());
            case MONTH -> expiry.minusMonths(period.getNumber());
            case YEAR -> expiry.minusYears(period.getNumber());
        };
    }

    private static TranslatedText subjectOf(MessageType type, int n) {
        TranslatedText name = type.getName();
        String reference = " " + (2026_0000 + n);
        return TranslatedText.of(
                name.getNl() + reference, name.getFr() + reference, name.getDe() + reference, name.getEn() + reference);
    }

    private static TranslatedText bodyOf(MessageType type, Enterprise enterprise) {
        return TranslatedText.of(
                "Geachte, u vindt in bijlage het document '" + type.getName().getNl() + "' voor " + enterprise.getName()
                        + ".",
                "Madame, Monsieur, vous trouverez en annexe le document '"
                        + type.getName().getFr() + "' pour " + enterprise.getName() + ".",
                "Sehr geehrte Damen und Herren, anbei finden Sie das Dokument '"
                        + type.getName().getDe() + "' für " + enterprise.getName() + ".",
                "Dear Sir or Madam, please find attached the document '"
                        + type.getName().getEn() + "' for " + enterprise.getName() + ".");
    }

    private void attachLetter(Message message, Enterprise enterprise, MessageType type, int n) {
        String title = type.getName().getEn();
        DemoLetters.Letter letter = new DemoLetters.Letter(
                message.getSenderOrganization().getLongName().getEn(),
                enterprise.getName(),
                enterprise.getEnterpriseNumber().formatted(),
                message.getReceiptDate(),
                title,
                List.of(
                        type.getName().getFr() + " / " + type.getName().getNl(),
                        "This document concerns " + enterprise.getName() + " and is available in its e-Box until "
                                + message.getExpirationDate().toLocalDate() + ".",
                        "Please keep a copy in your company's records: the message is deleted when it expires."),
                type.getMessageTypeId().toUpperCase(Locale.ROOT) + "-" + (2026_0000 + n));
        message.attach(
                TranslatedText.of(
                        type.getName().getNl(),
                        type.getName().getFr(),
                        type.getName().getDe(),
                        title),
                type.getMessageTypeId() + "-" + (2026_0000 + n) + ".pdf",
                "application/pdf",
                store(letter),
                true);
    }

    private void attachAnnex(Message message, Enterprise enterprise, int n) {
        DemoLetters.Letter annex = new DemoLetters.Letter(
                message.getSenderOrganization().getLongName().getEn(),
                enterprise.getName(),
                enterprise.getEnterpriseNumber().formatted(),
                message.getReceiptDate(),
                "Annex: how to contest this decision",
                List.of("You may contest this decision within one month of its receipt by writing to "
                        + message.getSenderOrganization().getContactBusiness() + "."),
                "ANNEX-" + (2026_0000 + n));
        message.attach(
                TranslatedText.of("Bijlage", "Annexe", "Anhang", "Annex"),
                "annex-" + (2026_0000 + n) + ".pdf",
                "application/pdf",
                store(annex),
                false);
    }

    private StoredContent store(DemoLetters.Letter letter) {
        try {
            return contentStore.store(letters.write(letter));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a demo letter", e);
        }
    }
}
