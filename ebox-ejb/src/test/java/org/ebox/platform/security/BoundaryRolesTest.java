package org.ebox.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Security is decided at the boundary: every business method of every EJB in a boundary package names the roles
 * that may call it (or says it is open, or closed), on the method or on its class, so that no page or resource that
 * forgets a check can reach it undeclared. Reads the compiled classes, so a new boundary is checked without a list.
 * Another module with boundaries (ebox-batch) runs the same checks on its own classes by extending this one.
 */
public class BoundaryRolesTest {

    /** A class of the module whose boundaries are checked: its code source is walked. */
    protected Class<?> moduleClass() {
        return Roles.class;
    }

    /** How many boundaries the module has at least: a walk that found none would prove nothing. */
    protected int boundariesAtLeast() {
        return 15;
    }

    @Test
    void everyPublicMethodOfEveryBoundaryDeclaresWhoMayCallIt() throws Exception {
        List<Class<?>> boundaries = boundaries();
        assertTrue(boundaries.size() >= boundariesAtLeast(), "the boundaries were found: " + boundaries);
        List<String> undeclared = boundaries.stream()
                .flatMap(boundary -> Arrays.stream(boundary.getDeclaredMethods())
                        .filter(method -> Modifier.isPublic(method.getModifiers()))
                        .filter(method -> !Modifier.isStatic(method.getModifiers()))
                        .filter(method -> !method.isSynthetic() && !method.isBridge())
                        .filter(method -> !declaresRoles(method) && !declaresRoles(boundary))
                        .map(method -> boundary.getSimpleName() + "." + method.getName()))
                .sorted()
                .toList();
        assertEquals(List.of(), undeclared, "public boundary methods that declare no roles");
    }

    @Test
    void theRolesBoundariesNameAreTheDeclaredOnes() throws Exception {
        List<String> known = Arrays.stream(Roles.class.getFields())
                .map(field -> {
                    try {
                        return (String) field.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        List<String> unknown = boundaries().stream()
                .flatMap(boundary -> Stream.concat(Stream.of(boundary), Arrays.stream(boundary.getDeclaredMethods())))
                .map(element -> element.getAnnotation(RolesAllowed.class))
                .filter(java.util.Objects::nonNull)
                .flatMap(roles -> Arrays.stream(roles.value()))
                .filter(role -> !known.contains(role))
                .distinct()
                .toList();
        assertEquals(List.of(), unknown, "roles named at a boundary but not in Roles");
    }

    private static boolean declaresRoles(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    /** The EJBs of every {@code boundary} package of the module. */
    private List<Class<?>> boundaries() throws Exception {
        Path classes = Path.of(moduleClass()
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .filter(name -> name.replace('\\', '/').contains("/boundary/"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace('/', '.')
                            .replace('\\', '.'))
                    .map(this::load)
                    .filter(type -> type.isAnnotationPresent(Stateless.class)
                            || type.isAnnotationPresent(Singleton.class)
                            || type.isAnnotationPresent(Stateful.class))
                    .toList();
        }
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, moduleClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
