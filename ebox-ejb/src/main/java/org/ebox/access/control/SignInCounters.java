package org.ebox.access.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ebox.access.control.SignInThrottling.Counters;
import org.ebox.access.control.SignInThrottling.Keys;
import org.ebox.access.entity.SignInCounter;
import org.ebox.access.entity.SignInCounter.Scope;

/**
 * The sign-in counters in the database, shared by every node. Reading them for a decision takes no lock, so that
 * the logins of a whole office behind one address do not queue; counting takes the rows' locks, always in the order of
 * their keys, so that concurrent failures each count and never deadlock each other.
 */
// Open to every caller: SignIn counts the steps of a login, which come before anyone is signed in.
@PermitAll
@Stateless
public class SignInCounters {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** The counters as they stand; one not stored yet counts as new. */
    public Counters current(Keys keys, OffsetDateTime now, Duration keptFor) {
        return counters(keys, read(keys, false), now, keptFor);
    }

    /** The counters locked for this transaction, stored first when they are new. */
    public Counters locked(Keys keys, OffsetDateTime now, Duration keptFor) {
        if (read(keys, false).size() < 3) {
            try {
                // Before this transaction locks any counter: it waits for store(), so a counter it held that
                // store() had to delete would be a deadlock the database cannot see.
                context.getBusinessObject(SignInCounters.class).store(keys, now, keptFor);
            } catch (EJBException madeMeanwhile) {
                // A concurrent step stored the same counter first: it is there to be locked now.
            }
        }
        Map<String, SignInCounter> rows = read(keys, true);
        Counters counters = counters(keys, rows, now, keptFor);
        // Deleted as expired between the two steps: stored again, in this transaction.
        for (SignInCounter counter : List.of(counters.clientAddress(), counters.login(), counters.loginFromAddress())) {
            if (!rows.containsKey(counter.getCounterKey())) {
                em.persist(counter);
            }
        }
        return counters;
    }

    /**
     * Stores the counters not stored yet, in a transaction of its own that commits at once, so that two steps
     * counting on the same new counter do not both insert it. It also deletes the counters that expired: the table
     * holds no more than what counts, and deleting when rows are added keeps it so at the pace it grows.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(Keys keys, OffsetDateTime now, Duration keptFor) {
        em.createQuery("delete from SignInCounter c where c.expiresAt < :now")
                .setParameter("now", now)
                .executeUpdate();
        Map<String, SignInCounter> stored = read(keys, false);
        for (SignInCounter counter : fresh(keys, now, keptFor).values()) {
            if (!stored.containsKey(counter.getCounterKey())) {
                em.persist(counter);
            }
        }
        em.flush();
    }

    private Map<String, SignInCounter> read(Keys keys, boolean lock) {
        var query = em.createQuery("""
                        select c from SignInCounter c where c.counterKey in :keys order by c.counterKey""", SignInCounter.class)
                .setParameter("keys", List.of(keys.clientAddress(), keys.login(), keys.loginFromAddress()));
        if (lock) {
            // Read from the database even where this transaction read the row before without the lock.
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("eclipselink.refresh", "true");
        }
        return query.getResultStream().collect(Collectors.toMap(SignInCounter::getCounterKey, Function.identity()));
    }

    private static Counters counters(
            Keys keys, Map<String, SignInCounter> stored, OffsetDateTime now, Duration keptFor) {
        Map<String, SignInCounter> all = new HashMap<>(fresh(keys, now, keptFor));
        all.putAll(stored);
        return new Counters(all.get(keys.clientAddress()), all.get(keys.login()), all.get(keys.loginFromAddress()));
    }

    private static Map<String, SignInCounter> fresh(Keys keys, OffsetDateTime now, Duration keptFor) {
        return Map.of(
                keys.clientAddress(),
                new SignInCounter(keys.clientAddress(), Scope.CLIENT_ADDRESS, now, keptFor),
                keys.login(),
                new SignInCounter(keys.login(), Scope.LOGIN, now, keptFor),
                keys.loginFromAddress(),
                new SignInCounter(keys.loginFromAddress(), Scope.LOGIN_FROM_ADDRESS, now, keptFor));
    }
}
