package org.ejournal.testkit.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** A folder of the class path, in a directory of classes or in a jar, read as a {@link Path}. */
final class ResourceFolder {

    private ResourceFolder() {
    }

    /**
     * @param file the URI of a file of the class path, {@code file:…} or {@code jar:file:…!/…}
     * @return the URI of the folder that holds it
     */
    static URI folderOf(URI file) {
        String text = file.toString();
        return URI.create(text.substring(0, text.lastIndexOf('/') + 1));
    }

    /**
     * @param file the URI of a file of the class path
     * @param folder the name of a folder beside it
     * @return the folder's URI
     */
    static URI beside(URI file, String folder) {
        return URI.create(folderOf(file) + folder + "/");
    }

    /**
     * @param <T> what is read
     * @param folder the folder's URI: {@code file:…} or {@code jar:file:…!/…}
     * @param reading reads the folder; for a jar, while its file system is open
     * @return what was read
     * @throws UncheckedIOException if the jar cannot be opened
     */
    static <T> T read(URI folder, Function<Path, T> reading) {
        if (!"jar".equals(folder.getScheme())) {
            return reading.apply(Path.of(folder));
        }
        FileSystem fs;
        boolean opened;
        try {
            fs = FileSystems.newFileSystem(folder, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(folder);
            opened = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + folder, e);
        }
        try {
            return reading.apply(fs.provider().getPath(folder));
        } finally {
            if (opened) {
                try {
                    fs.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close " + folder, e);
                }
            }
        }
    }
}
