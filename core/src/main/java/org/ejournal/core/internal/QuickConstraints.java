package org.ejournal.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.GroupSequence;
import jakarta.validation.BootstrapConfiguration;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import jakarta.validation.valueextraction.ValueExtractor;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * A quick check that a bean passes the library's own validator, without running the validator: for
 * the beans whose constraints are all of a few simple kinds, the same constraints evaluated straight
 * on the fields the validator reads. It answers only "holds" or "ask the validator": when it says a
 * bean holds, the validator would find no violation; otherwise — a broken constraint, a constraint or
 * a cascade it does not model, a bean type it does not know — the caller runs the validator, which
 * then gives the violations exactly as before. So the violations a journal reports never come from
 * here, only the shortcut of an empty answer.
 *
 * <p>What is modelled is read from the validator's own metadata ({@link Validator#getConstraintsForClass}),
 * once per bean class: so a constraint added to a command, by annotation or by a mapping file, is seen
 * here too, and a kind of constraint not modelled makes the whole class "ask the validator". A class
 * is modelled only if it is a record, has no class-level constraint, no group sequence, no getter that
 * could carry a constraint, and every constrained property is one of its fields with constraints of
 * the default group only, none composed and none on container elements, of these kinds, with the
 * semantics of Hibernate Validator's built-in validators:
 * <ul>
 * <li>{@code @NotNull}: not {@code null} (not on an {@code Optional});</li>
 * <li>{@code @NotBlank} on a {@code String}: not {@code null} and not {@link String#isBlank() blank};</li>
 * <li>{@code @NotEmpty} and {@code @Size} on a {@code String} or a {@code Collection}: its length or
 *     size ({@code @Size} holds for {@code null});</li>
 * <li>{@code @Pattern} on a {@code String}: the whole text matches the expression compiled with the
 *     flags ({@code null} holds);</li>
 * <li>{@code @Min} and {@code @Max} on an {@code int}, {@code long}, {@code short} or {@code byte}
 *     (or their boxes; {@code null} holds);</li>
 * <li>{@code @Valid} on a field that is no container: the value's own class, modelled in turn (a
 *     container, an unmodelled class or a chain deeper than {@value #MAX_DEPTH} asks the validator).</li>
 * </ul>
 * It is used only with the library's own validator, and only when the validator's configuration is
 * the plain one ({@link #isPlain}): no {@code META-INF/validation.xml} settings and no constraint
 * validators or value extractors added through the service loader, which could change what a
 * built-in constraint means. A host's injected validator is always run.
 *
 * <p>Immutable and thread-safe; the model of each class is built once, on first use.
 */
public final class QuickConstraints {

    /** How deep a chain of {@code @Valid} fields the quick check follows before asking the validator. */
    static final int MAX_DEPTH = 16;

    private static final Plan ASK = new Plan(new Property[0]);

    private final Validator validator;
    private final ClassValue<Plan> plans = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            Plan p = plan(type);
            return p == null ? ASK : p;
        }
    };

    /**
     * @param validator the validator whose metadata to model: the library's own, plainly configured
     */
    QuickConstraints(Validator validator) {
        this.validator = java.util.Objects.requireNonNull(validator, "validator");
    }

    /**
     * Whether a validator configuration is the plain one the quick check models: nothing set by a
     * {@code META-INF/validation.xml}, and no constraint validator or value extractor that the service
     * loader would add.
     *
     * @param bootstrap the configuration's bootstrap settings
     * @return whether the quick check may stand in for an empty answer of such a validator
     */
    static boolean isPlain(BootstrapConfiguration bootstrap) {
        boolean xml = !bootstrap.getConstraintMappingResourcePaths().isEmpty() || !bootstrap.getProperties().isEmpty()
                || !bootstrap.getValueExtractorClassNames().isEmpty()
                || bootstrap.getConstraintValidatorFactoryClassName() != null
                || bootstrap.getTraversableResolverClassName() != null
                || bootstrap.getMessageInterpolatorClassName() != null
                || bootstrap.getParameterNameProviderClassName() != null
                || bootstrap.getClockProviderClassName() != null
                || bootstrap.getDefaultProviderClassName() != null;
        return !xml && !services(ConstraintValidator.class) && !services(ValueExtractor.class);
    }

    private static boolean services(Class<?> type) {
        Set<ClassLoader> loaders = new HashSet<>();
        loaders.add(QuickConstraints.class.getClassLoader());
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        for (ClassLoader loader : loaders) {
            if (ServiceLoader.load(type, loader).stream().findAny().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param bean a bean, not {@code null}
     * @return {@code true} if the validator would find no violation in it; {@code false} if it may
     *     find one, or the bean's constraints are not all modelled: then ask the validator
     */
    public boolean holds(Object bean) {
        return holds(bean, 0);
    }

    /**
     * @param type a bean class
     * @return whether its constraints are modelled, so that {@link #holds} can answer for its beans
     *     without the validator
     */
    public boolean models(Class<?> type) {
        return plans.get(type) != ASK;
    }

    private boolean holds(Object bean, int depth) {
        Plan plan = plans.get(bean.getClass());
        if (plan == ASK) {
            return false;
        }
        for (Property p : plan.properties) {
            Object value = p.read(bean);
            for (Check c : p.checks) {
                if (!c.holds(value)) {
                    return false;
                }
            }
            if (p.cascaded && value != null && (depth == MAX_DEPTH || isContainer(value.getClass())
                    || !holds(value, depth + 1))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- the model

    /** The modelled properties of one class. */
    private record Plan(Property[] properties) {
    }

    /** One constrained field: how to read it, its constraints, whether it cascades. */
    private record Property(String name, MethodHandle getter, Check[] checks, boolean cascaded) {
        Object read(Object bean) {
            try {
                return getter.invokeExact(bean);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("EJ1900 the field " + name + " could not be read", e);
            }
        }
    }

    /** One constraint on a field's value. */
    private interface Check {
        boolean holds(Object value);
    }

    private static final Check NOT_NULL = v -> v != null;
    private static final Check NOT_BLANK = v -> v instanceof String s && !s.isBlank();
    private static final Check NOT_EMPTY_TEXT = v -> v instanceof String s && !s.isEmpty();
    private static final Check NOT_EMPTY_COLLECTION = v -> v instanceof Collection<?> c && !c.isEmpty();

    /** @return the model of the class, or {@code null} if the validator must be asked for its beans */
    private Plan plan(Class<?> type) {
        if (!type.isRecord() || isContainer(type) || type.isAnnotationPresent(GroupSequence.class)
                || hasAnnotationNamed(type, "org.hibernate.validator.group.GroupSequenceProvider")) {
            return null;
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (!bean.getConstraintDescriptors().isEmpty()) {
            return null;
        }
        Set<String> getters = getterProperties(type);
        List<Property> out = new ArrayList<>();
        MethodHandles.Lookup lookup;
        try {
            lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
        for (PropertyDescriptor p : bean.getConstrainedProperties()) {
            String name = p.getPropertyName();
            if (getters.contains(name) || !p.getGroupConversions().isEmpty()
                    || !p.getConstrainedContainerElementTypes().isEmpty()) {
                return null;
            }
            Field field;
            try {
                field = type.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                return null;
            }
            if (Modifier.isStatic(field.getModifiers())) {
                return null;
            }
            Class<?> t = field.getType();
            if (p.isCascaded() && (isContainer(t) || t == Object.class)) {
                return null;
            }
            List<Check> checks = new ArrayList<>();
            for (ConstraintDescriptor<?> d : p.getConstraintDescriptors()) {
                Check c = check(d, t);
                if (c == null) {
                    return null;
                }
                checks.add(c);
            }
            MethodHandle getter;
            try {
                getter = lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException | RuntimeException e) {
                return null;
            }
            out.add(new Property(name, getter, checks.toArray(new Check[0]), p.isCascaded()));
        }
        return new Plan(out.toArray(new Property[0]));
    }

    /** @return the check of a constraint on a field of the type, or {@code null} if not modelled */
    private static Check check(ConstraintDescriptor<?> d, Class<?> type) {
        if (!d.getGroups().equals(Set.of(Default.class)) || !d.getComposingConstraints().isEmpty()
                || d.getValueUnwrapping() != ValidateUnwrappedValue.DEFAULT || isOptional(type)) {
            return null;
        }
        Annotation a = d.getAnnotation();
        Map<String, Object> at = d.getAttributes();
        boolean text = type == String.class;
        boolean collection = type == List.class || type == Set.class || type == Collection.class;
        return switch (a.annotationType().getName()) {
            case "jakarta.validation.constraints.NotNull" -> NOT_NULL;
            case "jakarta.validation.constraints.NotBlank" -> text ? NOT_BLANK : null;
            case "jakarta.validation.constraints.NotEmpty" -> text ? NOT_EMPTY_TEXT
                    : collection ? NOT_EMPTY_COLLECTION : null;
            case "jakarta.validation.constraints.Size" -> size((Integer) at.get("min"), (Integer) at.get("max"), text,
                    collection);
            case "jakarta.validation.constraints.Pattern" -> text
                    ? pattern((String) at.get("regexp"), (jakarta.validation.constraints.Pattern.Flag[]) at.get("flags"))
                    : null;
            case "jakarta.validation.constraints.Min" -> integral(type) ? min((Long) at.get("value")) : null;
            case "jakarta.validation.constraints.Max" -> integral(type) ? max((Long) at.get("value")) : null;
            default -> null;
        };
    }

    private static Check size(int min, int max, boolean text, boolean collection) {
        if (text) {
            return v -> v == null || v instanceof String s && s.length() >= min && s.length() <= max;
        }
        if (collection) {
            return v -> v == null || v instanceof Collection<?> c && c.size() >= min && c.size() <= max;
        }
        return null;
    }

    /** As the validator compiles it: the flags' values or-ed; a text that does not compile is not modelled. */
    private static Check pattern(String regexp, jakarta.validation.constraints.Pattern.Flag[] flags) {
        int f = 0;
        for (jakarta.validation.constraints.Pattern.Flag flag : flags) {
            f |= flag.getValue();
        }
        java.util.regex.Pattern compiled;
        try {
            compiled = java.util.regex.Pattern.compile(regexp, f);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return v -> v == null || v instanceof String s && compiled.matcher(s).matches();
    }

    private static Check min(long bound) {
        return v -> v == null || isIntegral(v) && ((Number) v).longValue() >= bound;
    }

    private static Check max(long bound) {
        return v -> v == null || isIntegral(v) && ((Number) v).longValue() <= bound;
    }

    private static boolean isIntegral(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte;
    }

    private static boolean integral(Class<?> t) {
        return t == int.class || t == long.class || t == short.class || t == byte.class || t == Integer.class
                || t == Long.class || t == Short.class || t == Byte.class;
    }

    private static boolean isOptional(Class<?> t) {
        return t == Optional.class || t == OptionalInt.class || t == OptionalLong.class || t == OptionalDouble.class;
    }

    /** A type whose values the validator would look into element by element when cascading. */
    private static boolean isContainer(Class<?> t) {
        return Iterable.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t) || t.isArray() || isOptional(t);
    }

    private static boolean hasAnnotationNamed(Class<?> type, String name) {
        for (Annotation a : type.getAnnotations()) {
            if (a.annotationType().getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The properties that a method of the class or of any of its supertypes could stand for as a
     * JavaBeans getter ({@code getX}, {@code isX}, {@code hasX} without parameters): a constraint on
     * one would be read through the method, not the field, so such a property is not modelled.
     */
    private static Set<String> getterProperties(Class<?> type) {
        Set<String> out = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (c == null || c == Object.class || !seen.add(c)) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (m.getParameterCount() == 0 && m.getReturnType() != void.class) {
                    String n = m.getName();
                    for (String prefix : new String[] {"get", "is", "has"}) {
                        if (n.length() > prefix.length() && n.startsWith(prefix)) {
                            String rest = n.substring(prefix.length());
                            out.add(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
                            out.add(rest);
                        }
                    }
                }
            }
            todo.push(c.getSuperclass() == null ? Object.class : c.getSuperclass());
            for (Class<?> i : c.getInterfaces()) {
                todo.push(i);
            }
        }
        return out;
    }
}
