// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateInfo.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CertificateDialog;
}

namespace registrar::widgets {

/*!
 * Shows a certificate the connection did not trust (subject, issuer, validity, SHA-256
 * fingerprint, the exact errors) and lets the admin trust that one certificate for the profile.
 * The trust button is enabled only once the admin ticks that the fingerprint was checked.
 */
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const core::CertificateInfo &certificate, const QString &profileName,
            QWidget *parent = nullptr);
    ~CertificateDialog() override;

private:
    std::unique_ptr<Ui::CertificateDialog> m_ui;
};

} // namespace registrar::widgets
