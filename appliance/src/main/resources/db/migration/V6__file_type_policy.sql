-- Only raster images, PDF, audio, video and plain text are ever shown in the browser; every other
-- file kept so far becomes a download (the same allow-list as FileTypes.showsInline, which decides
-- for new uploads).
UPDATE stored_file SET download_only = TRUE
 WHERE NOT (media_type LIKE 'image/png%' OR media_type LIKE 'image/jpeg%' OR media_type LIKE 'image/gif%'
         OR media_type LIKE 'image/webp%' OR media_type LIKE 'image/bmp%' OR media_type LIKE 'application/pdf%'
         OR media_type LIKE 'text/plain%' OR media_type LIKE 'audio/%' OR media_type LIKE 'video/%');
