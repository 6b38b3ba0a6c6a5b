// libvips's calls take their options as C varargs, which Swift cannot call: these wrappers
// fix the options Bantin uses. Each returns 0 on success and clears libvips's error buffer
// on failure, so that one bad picture leaves nothing behind for the next.
#include <vips/vips.h>

/// Starts libvips once: one thread an operation (the build already runs one picture a core),
/// no operation cache (it would keep pictures in memory, and keys buffers by address),
/// and no loader libvips marks as untrusted (PDF, ImageMagick…).
static inline int bantin_vips_start(void) {
    if (vips_init("bantin") != 0) return -1;
    vips_concurrency_set(1);
    vips_cache_set_max(0);
    vips_block_untrusted_set(TRUE);
    return 0;
}

/// The name of the loader libvips would use for these bytes, or NULL when none reads them.
static inline const char *bantin_vips_loader(const void *data, size_t length) {
    const char *name = vips_foreign_find_load_buffer(data, length);
    if (name == NULL) vips_error_clear();
    return name;
}

/// The size of the picture as it is shown: an EXIF orientation that turns it swaps width and height.
static inline int bantin_vips_size(const void *data, size_t length, int *width, int *height) {
    VipsImage *image = vips_image_new_from_buffer(data, length, "", NULL);
    if (image == NULL) {
        vips_error_clear();
        return -1;
    }
    int swap = vips_image_get_orientation_swap(image);
    *width = swap ? vips_image_get_height(image) : vips_image_get_width(image);
    *height = swap ? vips_image_get_width(image) : vips_image_get_height(image);
    g_object_unref(image);
    return 0;
}

/// The picture scaled down to `width` pixels wide (turned upright first), as WebP of fixed
/// quality; `*output` is freed with `g_free`. libvips 8.14 still writes an EXIF chunk with
/// "strip": the Swift side takes the metadata chunks out.
static inline int bantin_vips_webp(const void *data, size_t length, int width, int quality, void **output, size_t *outputLength) {
    VipsImage *thumbnail = NULL;
    if (vips_thumbnail_buffer((void *)data, length, &thumbnail, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, NULL) != 0) {
        vips_error_clear();
        return -1;
    }
    int result = vips_webpsave_buffer(thumbnail, output, outputLength, "Q", quality, "strip", TRUE, NULL);
    g_object_unref(thumbnail);
    if (result != 0) vips_error_clear();
    return result;
}
