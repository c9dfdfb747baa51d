import { Module } from '@nestjs/common';
import { DownloadCertificateHttpController } from './download-certificate/download-certificate.http.controller.js';
import { ListCertificatesHttpController } from './list-certificates/list-certificates.http.controller.js';
import { VerifyCertificateHttpController } from './verify-certificate/verify-certificate.http.controller.js';

@Module({
  controllers: [ListCertificatesHttpController, DownloadCertificateHttpController, VerifyCertificateHttpController],
})
export class CertificatesModule {}
