// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace registrar::core {

/*!
 * What has become of a row of a batch file. The results file writes Created, Failed, Invalid and
 * Unknown as words (store::BatchResults, the one place that spells them); the batch table shows
 * every status in the user's language.
 */
enum class BatchRowStatus {
    Ready, //!< checked and valid, not sent yet
    Invalid, //!< failed the checks; never sent
    Created,
    Failed,
    /*!
     * The registration was sent and no definite answer came back: the account may exist with
     * the recorded password. A later run settles it.
     */
    Unknown,
};

//! Every status, for going through them all.
inline constexpr BatchRowStatus kBatchRowStatuses[] = {BatchRowStatus::Ready,
        BatchRowStatus::Invalid, BatchRowStatus::Created, BatchRowStatus::Failed,
        BatchRowStatus::Unknown};

} // namespace registrar::core
