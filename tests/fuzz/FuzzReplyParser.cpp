// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any HTTP answer through every reply parser. Input: two bytes of status, one
// byte choosing the parser, then the body.
#include "ReplyParser.h"
#include "ServerCheckResult.h"

#include <cstddef>
#include <cstdint>

using registrar::core::HttpResponse;
using registrar::core::ReplyParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3) {
        return 0;
    }
    HttpResponse response;
    response.status = (data[0] << 8 | data[1]) % 600;
    response.body = QByteArray(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    response.contentType =
            (data[2] & 0x80) ? QByteArray("text/html") : QByteArray("application/json");
    response.location = response.body.left(64);
    switch (data[2] % 5) {
    case 0:
        (void)ReplyParser::parseNonce(response).error().fullText();
        break;
    case 1: {
        const auto result = ReplyParser::parseRegistration(response);
        if (result.isOk()) {
            (void)result.value().toKeyValueLines();
        } else {
            (void)result.error().fullText();
        }
        break;
    }
    case 2:
        (void)ReplyParser::parseWhoami(response).error().message();
        break;
    case 3:
        (void)ReplyParser::parseLogout(response).serverSummary();
        break;
    default:
        (void)registrar::core::ServerCheckResult::fromReplies(
                {response, response, response, response, response, response, response, response})
                .toText();
        break;
    }
    return 0;
}
