// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateDialog.h"

#include "ui_CertificateDialog.h"

#include "WholeTitle.h"

#include <QFontDatabase>
#include <QPushButton>

namespace registrar::widgets {

CertificateDialog::CertificateDialog(
        const core::CertificateInfo &certificate, const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateDialog>())
{
    m_ui->setupUi(this);
    WholeTitle::keep(this);
    m_ui->introLabel->setText(
            tr("The server's certificate is not trusted, and nothing was sent. Trust it only if "
               "its SHA-256 fingerprint is the one the server's administrator gave you; it is "
               "then pinned for %1 and checked on every connection.")
                    .arg(profileName));
    // Fingerprints are compared character by character: fixed width, one line.
    m_ui->detailsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->detailsEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_ui->detailsEdit->setPlainText(certificate.toText());
    QPushButton *trust = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    trust->setText(tr("&Trust this certificate"));
    trust->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->checkedBox, &QCheckBox::toggled, trust, &QPushButton::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CertificateDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CertificateDialog::reject);
}

CertificateDialog::~CertificateDialog() = default;

} // namespace registrar::widgets
