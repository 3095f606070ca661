import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Center } from './center.entity.js';

export interface CenterView {
  code: string;
  name: string;
  city: string;
  country: string;
  defaultLanguage: string;
}

@Injectable()
export class CentersService {
  constructor(@InjectRepository(Center) private readonly centers: Repository<Center>) {}

  async list(): Promise<CenterView[]> {
    const rows = await this.centers.find({ order: { code: 'ASC' } });
    return rows.map(({ code, name, city, country, defaultLanguage }) => ({ code, name, city, country, defaultLanguage }));
  }
}
