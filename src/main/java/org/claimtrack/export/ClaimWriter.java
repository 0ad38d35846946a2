package org.claimtrack.export;

import java.io.IOException;

/** One export format: a header, one call a row (in article, then document order), a footer. */
interface ClaimWriter {

    void begin() throws IOException;

    void row(ExportRow row) throws Exception;

    void end() throws Exception;
}
