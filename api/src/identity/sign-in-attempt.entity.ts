import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins, counted per account and per address to throttle password guessing. */
@Entity('sign_in_failure')
// Both throttle queries look back 15 minutes from now, one by e-mail and one by address.
@Index('IDX_sign_in_failure_email_at', ['email', 'at'])
@Index('IDX_sign_in_failure_address_at', ['address', 'at'])
export class SignInFailure {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  address: string;

  @Column({ type: 'timestamptz' })
  at: Date;
}
