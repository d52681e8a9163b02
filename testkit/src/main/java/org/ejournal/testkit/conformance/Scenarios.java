package org.ejournal.testkit.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where scenarios come from: the suite bundled in the test kit ({@link #bundled()}), a directory of a
 * vendor's own ({@link #load(Path)}), or one file's text ({@link #parse(String, String)}).
 *
 * <p>The layout, in the jar under {@code org/ejournal/testkit/conformance/} and in a directory alike:
 * {@code scenarios/**}{@code /*.json} are the scenarios, one per file, named by their path under
 * {@code scenarios/} without {@code .json}; {@code schools/NAME.json} are the shared starting schools a
 * scenario names with {@code "school": "NAME"}. A directory's scenarios may name its own schools and
 * the bundled ones. The format is in {@code docs/conformance.md} and in the JSON Schema
 * {@code org/ejournal/testkit/conformance/scenario.schema.json}.
 *
 * <p>Every file is read in full and checked before anything runs: a mistake is a
 * {@link ScenarioFileException} naming the file, the step and the key.
 */
public final class Scenarios {

    /** The resource folder of the bundled suite. */
    public static final String BASE = "org/ejournal/testkit/conformance/";
    /** The JSON Schema of the format, under {@link #BASE}. */
    public static final String SCHEMA = "scenario.schema.json";

    private Scenarios() {
    }

    /**
     * @return every scenario bundled in the test kit, in the order of their names; read once
     * @throws ScenarioFileException if a bundled file is wrong: a defect of the test kit
     */
    public static List<Scenario> bundled() {
        return Bundled.scenarios();
    }

    /**
     * @param name a bundled starting school's name, e.g. {@code kamchatka-school-1}, not {@code null}
     * @return the school with its set-up
     * @throws ScenarioFileException ({@code EJ3009}) if there is no such school
     */
    public static StartingSchool bundledSchool(String name) {
        Objects.requireNonNull(name, "name");
        StartingSchool s = Bundled.schools().get(name);
        if (s == null) {
            throw new ScenarioFileException(ScenarioFileException.UNKNOWN_SCHOOL, "schools/" + name + ".json", "",
                    "there is no bundled starting school \"" + name + "\"; the bundled ones are "
                            + Bundled.schools().keySet());
        }
        return s;
    }

    /**
     * Reads a directory laid out like the bundled suite: {@code scenarios/**}{@code /*.json} and,
     * if it has them, {@code schools/*.json}.
     *
     * @param directory the directory, not {@code null}
     * @return its scenarios, in the order of their names
     * @throws ScenarioFileException if a file is wrong or cannot be read ({@code EJ3000}), or the directory
     *     has no {@code scenarios} folder
     */
    public static List<Scenario> load(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Path scenarios = directory.resolve("scenarios");
        if (!Files.isDirectory(scenarios)) {
            throw new ScenarioFileException(ScenarioFileException.UNREADABLE, directory.toString(), "",
                    "there is no folder \"scenarios\" in it");
        }
        Map<String, String> schoolFiles = Files.isDirectory(directory.resolve("schools"))
                ? texts(directory.resolve("schools"), "schools/") : Map.of();
        Map<String, StartingSchool> own = schools(schoolFiles);
        Map<String, StartingSchool> all = new HashMap<>(Bundled.schools());
        all.putAll(own);
        return scenarios(texts(scenarios, "scenarios/"), all);
    }

    /**
     * Reads one scenario from its text; it may name the bundled starting schools.
     *
     * @param source the file's name for messages and the scenario's name, e.g.
     *     {@code scenarios/my-rule/late.json}, not {@code null}
     * @param text the file's JSON text, not {@code null}
     * @return the scenario
     * @throws ScenarioFileException if the text is not a valid scenario
     */
    public static Scenario parse(String source, String text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        ScenarioParser parser = new ScenarioParser(Bundled.schools()::get);
        return parser.scenario(idOf(source), source, ScenarioParser.tree(source, text));
    }

    private static List<Scenario> scenarios(Map<String, String> files, Map<String, StartingSchool> schools) {
        ScenarioParser parser = new ScenarioParser(schools::get);
        List<Scenario> out = new ArrayList<>(files.size());
        files.forEach((source, text) -> out.add(parser.scenario(idOf(source), source,
                ScenarioParser.tree(source, text))));
        return List.copyOf(out);
    }

    private static Map<String, StartingSchool> schools(Map<String, String> files) {
        ScenarioParser parser = new ScenarioParser(name -> null);
        Map<String, StartingSchool> out = new TreeMap<>();
        files.forEach((source, text) -> {
            String name = source.substring(source.lastIndexOf('/') + 1, source.length() - ".json".length());
            out.put(name, parser.school(name, source, ScenarioParser.tree(source, text), ""));
        });
        return Collections.unmodifiableMap(out);
    }

    /** {@code scenarios/a/b.json} → {@code a/b}. */
    private static String idOf(String source) {
        String s = source.startsWith("scenarios/") ? source.substring("scenarios/".length()) : source;
        return s.endsWith(".json") ? s.substring(0, s.length() - ".json".length()) : s;
    }

    /** Every {@code .json} file under the folder, by its name with the prefix, sorted. */
    private static Map<String, String> texts(Path folder, String prefix) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".json"))::iterator) {
                String name = prefix + folder.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                out.put(name, read(name, Files.newInputStream(p)));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ScenarioFileException(ScenarioFileException.UNREADABLE, folder.toString(), "",
                    "cannot be read: " + e.getMessage());
        }
        return out;
    }

    private static String read(String source, InputStream in) throws IOException {
        try (in) {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioFileException(ScenarioFileException.UNREADABLE, source, "", "is not UTF-8 text");
        }
    }

    /**
     * @param loader the class loader holding the suite
     * @param folder {@code scenarios} or {@code schools}
     * @return the folder's files under {@link #BASE}, by their names with the folder, sorted
     */
    static Map<String, String> resources(ClassLoader loader, String folder) {
        // found beside a file the jar surely has, as a jar need not list its folders
        URL schema = loader.getResource(BASE + SCHEMA);
        if (schema == null) {
            throw new IllegalStateException("the test kit's resource " + BASE + SCHEMA + " is missing");
        }
        try {
            return ResourceFolder.read(ResourceFolder.beside(schema.toURI(), folder),
                    path -> texts(path, folder + "/"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the test kit's resource folder " + schema + " cannot be listed", e);
        }
    }

    /** The bundled suite, read when first asked for; a defect in it is thrown again on every ask. */
    private static final class Bundled {
        private static Map<String, StartingSchool> schools;
        private static List<Scenario> scenarios;

        private Bundled() {
        }

        static synchronized Map<String, StartingSchool> schools() {
            if (schools == null) {
                schools = Scenarios.schools(resources(Scenarios.class.getClassLoader(), "schools"));
            }
            return schools;
        }

        static synchronized List<Scenario> scenarios() {
            if (scenarios == null) {
                scenarios = Scenarios.scenarios(resources(Scenarios.class.getClassLoader(), "scenarios"), schools());
            }
            return scenarios;
        }
    }
}
