package org.isoko.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Photo bytes as files under a directory, two levels deep by hash
 * ({@code ab/abcdef….jpg}) so no directory holds millions of entries. A file is written
 * under a temporary name and moved into place, so a reader never sees half a photo.
 */
class DirectoryPhotoFiles implements PhotoFiles {

	private final Path root;

	DirectoryPhotoFiles(Path root) {
		this.root = root;
	}

	@Override
	public void save(String hash, byte[] content) {
		Path target = path(hash);
		if (Files.exists(target)) {
			return;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), hash, ".part");
			Files.write(temporary, content);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store photo " + hash + " under " + root, e);
		}
	}

	@Override
	public Optional<byte[]> read(String hash) {
		try {
			return Optional.of(Files.readAllBytes(path(hash)));
		}
		catch (NoSuchFileException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path path(String hash) {
		return root.resolve(hash.substring(0, 2)).resolve(hash + ".jpg");
	}

}
