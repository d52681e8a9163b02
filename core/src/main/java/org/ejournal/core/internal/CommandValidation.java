package org.ejournal.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejournal.core.Violation;
import org.ejournal.core.ViolationCodes;
import org.ejournal.core.command.Command;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation of commands, with the library's own validator (Hibernate Validator, no Expression
 * Language) and bilingual messages that do not depend on the validator's locale.
 */
public final class CommandValidation {

    /** Russian texts of the class-level ({@code @AssertTrue}) messages, keyed by the English one. */
    private static final Map<String, String> RUSSIAN = Map.ofEntries(
            Map.entry("from must not be above to",
                    "нижняя граница выше верхней"),
            Map.entry("last must not be before first",
                    "последний день раньше первого"),
            Map.entry("lastDay must follow firstDay by at most 400 days",
                    "последний день года должен быть позже первого не более чем на 400 дней"),
            Map.entry("lastDay must not be before firstDay",
                    "последний день раньше первого"),
            Map.entry("the target class is required except for a withdrawal or a graduation, and academic debts go only with a conditional promotion",
                    "класс назначения обязателен, кроме выбытия и выпуска; академические задолженности — только при условном переводе"),
            Map.entry("a guardian who declined electronic access needs a phone or a postal address for the weekly paper report",
                    "законному представителю без электронного доступа нужен телефон или почтовый адрес для еженедельного отчёта"),
            Map.entry("the substitute must be another teacher",
                    "замещающий учитель должен отличаться от учителя урока"),
            Map.entry("end must be after start",
                    "конец должен быть позже начала"),
            Map.entry("a decision of a promotion order is a promotion or a repetition into a named class, a conditional promotion with academic debts, or a graduation without a class; debts go only with a conditional promotion",
                    "решение приказа о переводе — перевод или повторное обучение в указанном классе, условный перевод с академическими задолженностями или выпуск без класса; задолженности — только при условном переводе"),
            Map.entry("each pupil has at most one individual decision in the order",
                    "у каждого обучающегося в приказе не больше одного отдельного решения"));

    private final Validator validator;
    /** The quick check standing in for an empty answer of the library's own validator; {@code null} for a host's. */
    private final QuickConstraints quick;

    /**
     * @param validator the validator to use, always run: a host's, or the library's own without the
     *     quick check
     */
    public CommandValidation(Validator validator) {
        this(validator, null);
    }

    private CommandValidation(Validator validator, QuickConstraints quick) {
        this.validator = java.util.Objects.requireNonNull(validator, "validator");
        this.quick = quick;
    }

    /**
     * The library's own validation ({@link #defaultValidator}): a command that the {@linkplain
     * QuickConstraints quick check} finds valid is not run through the validator, which would find no
     * violation in it; any other command is, and gives the violations exactly as the validator does.
     * Without the quick check when the validator's configuration is not the plain one.
     *
     * @param clock the journal's clock
     * @return the validation
     */
    public static CommandValidation library(Clock clock) {
        return new CommandValidation(defaultValidator(clock), SharedFactory.QUICK);
    }

    /** @return the quick check of the library's own validator, or {@code null} if its configuration is not plain */
    public static QuickConstraints quickConstraints() {
        return SharedFactory.QUICK;
    }

    /**
     * Builds the library's own validator: Hibernate Validator with the parameter message interpolator
     * (no Expression Language) and the journal's clock for {@code @Past}.
     *
     * @param clock the journal's clock
     * @return the validator
     */
    public static Validator defaultValidator(Clock clock) {
        return SharedFactory.FACTORY.usingContext().clockProvider(() -> clock).getValidator();
    }

    /** One factory for the whole library: it caches the constraint metadata of every command. */
    private static final class SharedFactory {
        static final ValidatorFactory FACTORY;
        static final QuickConstraints QUICK;

        static {
            var configuration = Validation.byProvider(HibernateValidator.class).configure();
            FACTORY = configuration.messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
            QUICK = QuickConstraints.isPlain(configuration.getBootstrapConfiguration())
                    ? new QuickConstraints(FACTORY.getValidator()) : null;
        }
    }

    /**
     * @param command a command
     * @return one violation per broken constraint, in a stable order
     */
    public List<Violation> validate(Command command) {
        if (quick != null && quick.holds(command)) {
            return List.of();
        }
        Set<ConstraintViolation<Command>> found = validator.validate(command);
        if (found.isEmpty()) {
            return List.of();
        }
        List<ConstraintViolation<Command>> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((ConstraintViolation<Command> v) -> v.getPropertyPath().toString())
                .thenComparing(ConstraintViolation::getMessageTemplate));
        List<Violation> out = new ArrayList<>(sorted.size());
        for (ConstraintViolation<Command> v : sorted) {
            String path = render(v.getPropertyPath());
            String[] texts = texts(v);
            out.add(Violation.blocking(ViolationCodes.INVALID_VALUE, command.clauseOf(path),
                    command.commandName() + (path.isEmpty() ? "" : "." + path), path + ": " + texts[0],
                    path + ": " + texts[1]));
        }
        return out;
    }

    /** {@code topics[0].title}, {@code roles[]}: the property path without the container-element nodes. */
    private static String render(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.CONTAINER_ELEMENT) {
                b.append('[').append(n.getIndex() != null ? n.getIndex() : n.getKey() != null ? n.getKey() : "")
                        .append(']');
                continue;
            }
            if (n.isInIterable()) {
                b.append('[').append(n.getIndex() != null ? n.getIndex() : n.getKey() != null ? n.getKey() : "")
                        .append(']');
            }
            if (n.getName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(n.getName());
            }
        }
        return b.toString();
    }

    private static String[] texts(ConstraintViolation<?> v) {
        Map<String, Object> a = v.getConstraintDescriptor().getAttributes();
        String type = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        switch (type) {
            case "NotNull":
                return new String[] {"значение обязательно", "must not be null"};
            case "NotBlank":
                return new String[] {"не должно быть пустым", "must not be blank"};
            case "NotEmpty":
                return new String[] {"не должно быть пустым", "must not be empty"};
            case "Size":
                return new String[] {"размер должен быть от " + a.get("min") + " до " + a.get("max"),
                    "size must be between " + a.get("min") + " and " + a.get("max")};
            case "Min":
            case "DecimalMin":
                return new String[] {"должно быть не меньше " + a.get("value"), "must be at least " + a.get("value")};
            case "Max":
            case "DecimalMax":
                return new String[] {"должно быть не больше " + a.get("value"), "must be at most " + a.get("value")};
            case "Pattern":
                return new String[] {"не соответствует формату " + a.get("regexp"), "must match " + a.get("regexp")};
            case "Past":
                return new String[] {"должно быть в прошлом", "must be in the past"};
            case "Email":
                return new String[] {"не адрес электронной почты", "must be an e-mail address"};
            default:
                String en = v.getMessage();
                return new String[] {RUSSIAN.getOrDefault(en, en), en};
        }
    }
}
